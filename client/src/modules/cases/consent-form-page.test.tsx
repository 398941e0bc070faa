import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import { consentFormQuery } from './case-operations';
import { baghdad, prijedor, stockholm } from './case-test-fixtures';
import { referralPartnersQuery } from './cases-operations';

const partners = { request: { query: referralPartnersQuery }, result: { data: { referralPartners: [baghdad, prijedor] } } };
const formData = {
  request: { query: consentFormQuery, variables: { caseId: 'case-42', partnerId: baghdad.id } },
  result: {
    data: {
      case: {
        __typename: 'ReferralCase',
        id: 'case-42',
        number: 'STO-2026-0042',
        organisation: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: stockholm.id, name: stockholm.name },
        returnee: { __typename: 'Returnee', firstName: 'Hawre', lastName: 'Karim', dateOfBirth: '1988-03-12', documentLanguage: 'ckb' },
      },
      organisation: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: baghdad.id, name: baghdad.name },
    },
  },
};

describe('consent form page', () => {
  it('prints the form in Somali, naming the partner, the returnee and the sections chosen', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp({
      path: `/cases/case-42/consent-form?partner=${baghdad.id}&sections=IDENTITY,CONTACT&language=so`,
      session: signedIn(['CASEWORKER']),
      mocks: [formData, partners],
    });

    const form = await screen.findByTestId('consent-form-document');
    expect(form).toHaveAttribute('lang', 'so');
    expect(form).toHaveAttribute('dir', 'ltr');
    const sheet = within(form);
    expect(sheet.getByRole('heading', { level: 1 })).toHaveTextContent('Ogolaansho in macluumaad la wadaago');
    expect(form).toHaveTextContent('Hawre Karim');
    expect(form).toHaveTextContent('STO-2026-0042');
    // Names sit in directional isolates; what the reader sees is the sentence with the name in it.
    expect(withoutIsolates(form.textContent ?? '')).toContain('la wadaagto CLDD Baghdad');
    expect(form).toHaveTextContent('Waxaad ka noqon kartaa ogolaanshahaaga wakhti kasta');
    expect(sheet.getByTestId('consent-form-section-IDENTITY')).toHaveAttribute('data-shared', 'true');
    expect(sheet.getByTestId('consent-form-section-CONTACT')).toHaveAttribute('data-shared', 'true');
    expect(sheet.getByTestId('consent-form-section-HEALTH')).toHaveAttribute('data-shared', 'false');
    expect(sheet.getByTestId('consent-form-section-HEALTH')).toHaveTextContent('Lama wadaagayo');
    // Placeholders are all filled in.
    expect(form.textContent).not.toContain('{{');

    // The page around the form stays in the interface language.
    expect(screen.getByRole('heading', { level: 1, name: 'Consent form' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('keeps the case number whole and left to right in the printed Arabic form', async () => {
    renderApp({
      path: `/cases/case-42/consent-form?partner=${baghdad.id}&sections=IDENTITY&language=ar`,
      session: signedIn(['CASEWORKER']),
      mocks: [formData, partners],
    });
    const form = await screen.findByTestId('consent-form-document');
    expect(form).toHaveAttribute('dir', 'rtl');
    const numbers = within(form).getAllByTestId('consent-form-case-number');
    // In the details and in the sentence on withdrawing consent: each one an isolated, unbreakable run.
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    for (const number of numbers) {
      expect(number.tagName).toBe('BDI');
      expect(number).toHaveAttribute('dir', 'ltr');
      expect(number).toHaveClass('consent-form-case-number');
      expect(number.textContent).toBe('STO-2026-0042');
    }
    expect(form.textContent).not.toContain('{{');
  });

  it("defaults to the returnee's language and turns the form right-to-left for Central Kurdish, and back", async () => {
    const { user, router } = renderApp({
      path: `/cases/case-42/consent-form?partner=${baghdad.id}&sections=NEEDS`,
      session: signedIn(['CASEWORKER']),
      mocks: [formData, partners],
    });

    const form = await screen.findByTestId('consent-form-document');
    expect(form).toHaveAttribute('lang', 'ckb');
    expect(form).toHaveAttribute('dir', 'rtl');
    expect(within(form).getByRole('heading', { level: 1 })).toHaveTextContent('ڕەزامەندی بۆ هاوبەشکردنی زانیاری');
    expect(within(form).getByTestId('consent-form-section-NEEDS')).toHaveAttribute('data-shared', 'true');
    // Only the form: the page itself is still English, left to right.
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByTestId('consent-form-controls').closest('[dir="rtl"]')).toBeNull();

    await user.selectOptions(screen.getByTestId('consent-form-language'), 'sv');
    await waitFor(() => expect(screen.getByTestId('consent-form-document')).toHaveAttribute('dir', 'ltr'));
    expect(within(screen.getByTestId('consent-form-document')).getByRole('heading', { level: 1 })).toHaveTextContent('Samtycke till att dela uppgifter');
    expect(router.state.location.search).toContain('language=sv');
  });
});
