import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';
import { countryCodes, returneeLanguageCodes } from './country-codes';

export interface Option {
  value: string;
  label: string;
}

function named(codes: readonly string[], locale: string, type: 'region' | 'language'): Option[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    names = undefined;
  }
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => {
      let label = code;
      try {
        label = names?.of(code) ?? code;
      } catch {
        // An unknown code keeps its code as its name.
      }
      return { value: code, label };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Every country, named and sorted in the interface language. */
export function useCountryOptions(): Option[] {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => named(countryCodes, locale, 'region'), [locale]);
}

/** Languages a returnee may speak, named and sorted in the interface language. */
export function useLanguageOptions(): Option[] {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useMemo(() => named(returneeLanguageCodes, locale, 'language'), [locale]);
}
