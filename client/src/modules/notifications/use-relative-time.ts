import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago", "yesterday", "just now" — in the interface language, by Intl. */
export function useRelativeTime(): (value: string, now?: number) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return (value: string, now = Date.now()) => {
      const seconds = (new Date(value).getTime() - now) / 1000;
      if (Number.isNaN(seconds)) return value;
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
      }
      return format.format(0, 'second');
    };
  }, [locale]);
}
