import type { Language } from '@cirkel/i18n';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from './language-preference';

/** Switches the interface language and remembers the choice for the next visit. */
export function useSelectLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (language: Language) => {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
}
