import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './create-i18n';
import { intlLocale } from './intl-locale';

export interface Formatters {
  /** A date and time, e.g. "3 feb. 2026 14:05"; in `timeZone` when given. */
  dateTime(value: string | Date, timeZone?: string): string;
  date(value: string | Date): string;
  number(value: number): string;
  /** The name of an ISO 3166-1 alpha-2 country in the interface language ("SE" → "Sverige"). */
  country(code: string): string;
  /** An IANA time zone by its name in the interface language, with the identifier. */
  timeZone(zone: string): string;
}

function safely<T>(make: () => T, fallback: T): T {
  try {
    return make();
  } catch {
    return fallback;
  }
}

/** Intl formatters for the current interface language; they change when the language does. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const numberFormat = new Intl.NumberFormat(locale);
    const regions = safely(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }), undefined);
    return {
      dateTime: (value, timeZone) =>
        safely(
          () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value)),
          String(value),
        ),
      date: (value) => safely(() => dateFormat.format(new Date(value)), String(value)),
      number: (value) => numberFormat.format(value),
      country: (code) => safely(() => regions?.of(code.toUpperCase()) ?? code, code),
      timeZone: (zone) =>
        safely(() => {
          const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
          const name = parts.find((part) => part.type === 'timeZoneName')?.value;
          return name ? `${name} (${zone})` : zone;
        }, zone),
    } satisfies Formatters;
  }, [locale]);
}
