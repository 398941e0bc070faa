import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';
import { minorUnitDigits } from '../../components/money';

/**
 * A budget in minor units as money in the interface language. Intl shows the Iraqi dinar without
 * decimals; a budget keeps the fils it was given (ISO 4217: three), so nothing is rounded away.
 */
export function useBudgetFormat(): (amountMinor: number, currency: string) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    return (amountMinor, currency) => {
      const digits = minorUnitDigits(currency);
      const value = amountMinor / 10 ** digits;
      try {
        let format = formats.get(currency);
        if (!format) {
          format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits });
          formats.set(currency, format);
        }
        return format.format(value);
      } catch {
        return `${value} ${currency}`;
      }
    };
  }, [locale]);
}
