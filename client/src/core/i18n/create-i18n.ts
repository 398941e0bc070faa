import { defaultLanguage, direction, languages, namespaces, resources, type Language } from '@cirkel/i18n';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserStorage, detectInitialLanguage } from './language-preference';

export interface CreateI18nOptions {
  /** Where the chosen language is remembered; the browser's localStorage by default. */
  storage?: Storage;
  /** The browser's preferred languages, best first; `navigator.languages` by default. */
  browserLanguages?: readonly string[];
  /** The document whose `<html lang dir>` follows the language. */
  document?: Document;
}

/**
 * A fresh i18next instance with every language bundled (the locale files are small, and a
 * language switch must not wait for the network).
 */
export function createI18n(options: CreateI18nOptions = {}): I18n {
  const target = options.document ?? globalThis.document;
  const instance = i18next.createInstance();

  // The one place that keeps <html> in step with the language; Mantine's DirectionProvider
  // watches the dir attribute, so components flip to right-to-left with it.
  instance.on('languageChanged', (language: string) => {
    if (!target) return;
    target.documentElement.lang = language;
    target.documentElement.dir = direction(language);
  });

  void instance.use(initReactI18next).init({
    resources,
    lng: detectInitialLanguage(options.storage ?? browserStorage(), options.browserLanguages ?? globalThis.navigator?.languages ?? []),
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  return instance;
}

/** The language the interface currently shows, narrowed to the supported ones. */
export function currentLanguage(i18n: I18n): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (languages as readonly string[]).includes(language) ? (language as Language) : defaultLanguage;
}
