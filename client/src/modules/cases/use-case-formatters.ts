import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';
import { useFormatters, type Formatters } from '../../core/i18n/use-formatters';
import { calendarDate, formatCalendarDate } from '../../components/calendar-date';
import { minorUnitDigits } from '../../components/money';

export interface CaseFormatters extends Formatters {
  /** A calendar date ("2026-05-04") in the interface language, or null when there is none. */
  day(value: unknown): string | null;
  /** A language by its ISO 639 code, named in the interface language. */
  language(code: string): string;
  /** An amount in minor units (öre, cents, fils) with its currency. */
  money(amountMinor: number, currency: string): string;
}

/** The shared formatters plus what cases need: calendar dates, language names and money. */
export function useCaseFormatters(): CaseFormatters {
  const { i18n } = useTranslation();
  const base = useFormatters();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    let languages: Intl.DisplayNames | undefined;
    try {
      languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    } catch {
      languages = undefined;
    }
    return {
      ...base,
      day: (value) => {
        const date = calendarDate(value);
        return date ? formatCalendarDate(locale, date) : null;
      },
      language: (code) => {
        try {
          return languages?.of(code) ?? code;
        } catch {
          return code;
        }
      },
      money: (amountMinor, currency) => {
        const value = amountMinor / 10 ** minorUnitDigits(currency);
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
        } catch {
          return `${value} ${currency}`;
        }
      },
    };
  }, [base, locale]);
}
