import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDate } from '../../components/calendar-date';
import { minorUnitDigits } from '../../components/money';
import { currentLanguage } from './create-i18n';
import { intlLocale } from './intl-locale';

/** Dates, numbers, money and names in the interface language: the one place the client formats them. */
export interface Formatters {
  /** A date and time, e.g. "3 feb. 2026 14:05"; in `timeZone` when given. */
  dateTime(value: string | Date, timeZone?: string): string;
  /** The day of an instant, e.g. "3 feb. 2026". */
  date(value: string | Date): string;
  /** A calendar date (the `Date` scalar, "2026-05-04"), or null when there is none. */
  day(value: unknown): string | null;
  /** Two calendar dates as one range, e.g. "1 Jan 2026 – 31 Dec 2027". */
  dayRange(from: unknown, to: unknown): string;
  /** "5 minutes ago", "yesterday", "just now". */
  relativeTime(value: string, now?: number): string;
  number(value: number): string;
  /** A share from 0 to 1 as a whole percentage, "66 %". */
  percent(value: number): string;
  /**
   * An amount in minor units (öre, cents, fils) with its currency. Intl shows the Iraqi dinar
   * without decimals; the amount keeps the fils it has (ISO 4217: three), so nothing is rounded away.
   */
  money(amountMinor: number, currency: string): string;
  /** The name of an ISO 3166-1 alpha-2 country in the interface language ("SE" → "Sverige"). */
  country(code: string): string;
  /** A language by its ISO 639 code, named in the interface language. */
  language(code: string): string;
  /** Items as a list of the language: "svenska, arabiska och engelska"; Arabic with its own comma ("،"). */
  list(items: readonly string[]): string;
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

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// A calendar date names a day, not an instant: read and written at UTC it stays the same day in
// Stockholm, Sarajevo and Baghdad (midnight local time would slip to the previous day west of UTC).
const atUtcMidnight = (value: unknown) => new Date(`${String(value)}T00:00:00Z`);

/** Intl formatters for the current interface language; they change when the language does. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const regions = safely(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }), undefined);
    const languages = safely(() => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }), undefined);
    const listFormat = safely(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }), undefined);
    const day = (value: unknown) => {
      const date = calendarDate(value);
      return date ? safely(() => dayFormat.format(atUtcMidnight(date)), date) : null;
    };
    return {
      dateTime: (value, timeZone) =>
        safely(
          () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value)),
          String(value),
        ),
      date: (value) => safely(() => dateFormat.format(new Date(value)), String(value)),
      day,
      dayRange: (from, to) =>
        safely(() => dayFormat.formatRange(atUtcMidnight(from), atUtcMidnight(to)), `${day(from) ?? String(from)} – ${day(to) ?? String(to)}`),
      relativeTime: (value, now = Date.now()) => {
        const seconds = (new Date(value).getTime() - now) / 1000;
        if (Number.isNaN(seconds)) return value;
        const [unit, size] = relativeUnits.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 0];
        return relativeFormat.format(size ? Math.round(seconds / size) : 0, unit);
      },
      number: (value) => numberFormat.format(value),
      percent: (value) => percentFormat.format(value),
      money: (amountMinor, currency) => {
        const digits = minorUnitDigits(currency);
        const value = amountMinor / 10 ** digits;
        return safely(() => {
          let format = moneyFormats.get(currency);
          if (!format) {
            format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits });
            moneyFormats.set(currency, format);
          }
          return format.format(value);
        }, `${value} ${currency}`);
      },
      country: (code) => safely(() => regions?.of(code.toUpperCase()) ?? code, code),
      language: (code) => safely(() => languages?.of(code) ?? code, code),
      list: (items) => safely(() => listFormat?.format(items) ?? items.join(', '), items.join(', ')),
      timeZone: (zone) =>
        safely(() => {
          const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
          const name = parts.find((part) => part.type === 'timeZoneName')?.value;
          return name ? `${name} (${zone})` : zone;
        }, zone),
    } satisfies Formatters;
  }, [locale]);
}
