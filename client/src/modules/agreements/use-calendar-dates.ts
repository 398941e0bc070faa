import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';

export interface CalendarDates {
  /** A calendar date (the `Date` scalar, YYYY-MM-DD), e.g. "1 Jan 2026". */
  date(value: unknown): string;
  /** Two calendar dates as one range, e.g. "1 Jan 2026 – 31 Dec 2027". */
  range(from: unknown, to: unknown): string;
}

// A calendar date names a day, not an instant: read and written at UTC it stays the same day in
// Stockholm, Sarajevo and Baghdad (midnight local time would slip to the previous day west of UTC).
const atUtcMidnight = (value: unknown) => new Date(`${String(value)}T00:00:00Z`);

/** Calendar dates in the interface language. */
export function useCalendarDates(): CalendarDates {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const date = (value: unknown) => {
      const day = atUtcMidnight(value);
      return Number.isNaN(day.getTime()) ? String(value) : format.format(day);
    };
    return {
      date,
      range: (from, to) => {
        try {
          return format.formatRange(atUtcMidnight(from), atUtcMidnight(to));
        } catch {
          return `${date(from)} – ${date(to)}`;
        }
      },
    } satisfies CalendarDates;
  }, [locale]);
}
