import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMyLanguageMutation } from '../core/auth/session-operations';
import { languageStorageKey } from '../core/i18n/language-preference';
import { homeProfileQuery } from '../modules/profile/profile-operations';
import { noSessionToRestore, sessionToRestore, sessionUser } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const html = document.documentElement;

describe('language switcher', () => {
  it('turns the page right-to-left for Arabic and back for Swedish', async () => {
    const { user } = renderApp({ path: '/login', mocks: [noSessionToRestore] });
    const switcher = await screen.findByTestId('language-switcher');
    expect(html).toHaveAttribute('dir', 'ltr');

    await user.selectOptions(switcher, 'ar');
    expect(html).toHaveAttribute('lang', 'ar');
    expect(html).toHaveAttribute('dir', 'rtl');
    expect(await screen.findByRole('heading', { name: 'تسجيل الدخول إلى Cirkel' })).toBeInTheDocument();

    await user.selectOptions(switcher, 'sv');
    expect(html).toHaveAttribute('lang', 'sv');
    expect(html).toHaveAttribute('dir', 'ltr');
    expect(await screen.findByRole('heading', { name: 'Logga in i Cirkel' })).toBeInTheDocument();
  });

  it('offers every language under its own name', async () => {
    renderApp({ path: '/login', mocks: [noSessionToRestore] });
    const switcher = await screen.findByTestId('language-switcher');
    const options = [...switcher.querySelectorAll('option')].map((option) => [option.value, option.textContent]);
    expect(options).toEqual([
      ['sv', 'Svenska'],
      ['en', 'English'],
      ['bs', 'Bosanski'],
      ['ar', 'العربية'],
    ]);
  });

  it('remembers the choice when the app is opened again', async () => {
    const first = renderApp({ path: '/login', mocks: [noSessionToRestore] });
    await first.user.selectOptions(await screen.findByTestId('language-switcher'), 'ar');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('ar');
    first.unmount();
    html.lang = 'en';
    html.dir = 'ltr';

    // A browser that prefers English: the remembered Arabic still wins.
    renderApp({ path: '/login', mocks: [noSessionToRestore], browserLanguages: ['en-US'] });
    expect(await screen.findByTestId('language-switcher')).toHaveValue('ar');
    expect(html).toHaveAttribute('lang', 'ar');
    expect(html).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { name: 'تسجيل الدخول إلى Cirkel' })).toBeInTheDocument();
  });

  it('starts in the browser language when nothing is remembered, else in English', async () => {
    const bosnian = renderApp({ path: '/login', mocks: [noSessionToRestore], browserLanguages: ['bs-BA', 'en'] });
    expect(await screen.findByTestId('language-switcher')).toHaveValue('bs');
    bosnian.unmount();

    renderApp({ path: '/login', mocks: [noSessionToRestore], browserLanguages: ['fr-FR', 'de'] });
    expect(await screen.findByTestId('language-switcher')).toHaveValue('en');
  });

  it("applies a signed-in person's stored language and stores a new choice on the server", async () => {
    let storedLanguage: string | undefined;
    const person = sessionUser({ language: 'bs' });
    const { user } = renderApp({
      path: '/',
      mocks: [
        sessionToRestore(person),
        { request: { query: homeProfileQuery }, result: { data: { me: { ...person, createdAt: '2026-01-15T09:00:00.000Z' } } } },
        {
          request: { query: setMyLanguageMutation, variables: { language: 'ar' } },
          result: (variables) => {
            storedLanguage = variables.language;
            return { data: { setMyLanguage: { ...person, language: 'ar' } } };
          },
        },
      ],
    });

    // The stored Bosnian beats the browser's English.
    expect(await screen.findByTestId('user-name')).toHaveTextContent(person.name);
    await waitFor(() => expect(html).toHaveAttribute('lang', 'bs'));
    expect(screen.getByTestId('language-switcher')).toHaveValue('bs');

    await user.selectOptions(screen.getByTestId('language-switcher'), 'ar');
    expect(html).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(storedLanguage).toBe('ar'));
  });
});
