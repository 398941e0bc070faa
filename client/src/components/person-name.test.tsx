import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { PersonName, useReadableNames } from './person-name';

const layla = { name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null };
const baghdadOffice = { name: 'مركز التنمية المحلية والمغتربين – بغداد', nameLatin: 'CLDD Baghdad', nameArabic: null };
const anna = { name: 'Anna Lindqvist', nameLatin: null, nameArabic: null };

function Sentence({ named }: { named: typeof layla }) {
  const names = useReadableNames();
  return <p data-testid="sentence">{`Skickat av ${names.text(named)}.`}</p>;
}

async function renderIn(language: string, node: React.ReactNode) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources: {} });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">{node}</MantineProvider>
    </I18nextProvider>,
  );
}

describe('a name as its reader reads it', () => {
  it('in Swedish: the Latin spelling first, the Arabic name as written beside it, muted', async () => {
    await renderIn('sv', <span data-testid="name"><PersonName named={layla} /></span>);
    const shown = screen.getByTestId('name');
    expect(shown).toHaveTextContent('Layla Al-Rawi (ليلى الراوي)');
    expect(shown.firstElementChild).toHaveTextContent('Layla Al-Rawi');
    expect(shown.firstElementChild!.tagName).toBe('BDI');
    const written = shown.querySelector('[data-name-as-written]')!;
    expect(written).toHaveTextContent('(ليلى الراوي)');
    expect(written.querySelector('bdi')).toHaveAttribute('lang', 'ar');
  });

  it('in Arabic: the name as written in Arabic, nothing beside it', async () => {
    await renderIn('ar', <span data-testid="name"><PersonName named={layla} /></span>);
    expect(screen.getByTestId('name')).toHaveTextContent(/^ليلى الراوي$/);
    expect(screen.getByTestId('name').querySelector('[data-name-as-written]')).toBeNull();
  });

  it('an organisation written in Arabic reads in Latin script in Bosnian, its own name beside it', async () => {
    await renderIn('bs', <span data-testid="name"><PersonName named={baghdadOffice} /></span>);
    expect(screen.getByTestId('name')).toHaveTextContent('CLDD Baghdad (مركز التنمية المحلية والمغتربين – بغداد)');
  });

  it('a Latin name without an Arabic spelling stays as written for an Arabic reader', async () => {
    await renderIn('ar', <span data-testid="name"><PersonName named={anna} /></span>);
    expect(screen.getByTestId('name')).toHaveTextContent(/^Anna Lindqvist$/);
  });

  it('can leave out the name as written where space is tight', async () => {
    await renderIn('sv', <span data-testid="name"><PersonName named={layla} withWritten={false} /></span>);
    expect(screen.getByTestId('name')).toHaveTextContent(/^Layla Al-Rawi$/);
  });

  it('reads a document in its own language whatever the interface’s (a consent form in Arabic)', async () => {
    await renderIn('sv', <span data-testid="name"><PersonName named={layla} language="ar" /></span>);
    expect(screen.getByTestId('name')).toHaveTextContent(/^ليلى الراوي$/);
  });

  it('in a sentence: each part isolated, so an Arabic name keeps its own direction', async () => {
    await renderIn('sv', <Sentence named={layla} />);
    expect(screen.getByTestId('sentence').textContent).toBe('Skickat av \u2068Layla Al-Rawi\u2069 (\u2068ليلى الراوي\u2069).');
  });
});
