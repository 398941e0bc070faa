import type { Language } from '@cirkel/i18n';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareLanguage } from './create-i18n';
import { rememberLanguage } from './language-preference';

/**
 * Switches the interface language and remembers the choice for the next visit. A language not
 * yet loaded is fetched first: the current one stays on screen meanwhile, and also if the fetch
 * fails (the choice is still remembered for the next visit).
 */
export function useSelectLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (language: Language) => {
      rememberLanguage(language);
      if (i18n.hasResourceBundle(language, 'common')) {
        void i18n.changeLanguage(language);
        return;
      }
      prepareLanguage(i18n, language).then(
        () => void i18n.changeLanguage(language),
        () => undefined,
      );
    },
    [i18n],
  );
}
