import { defaultLanguage, direction, languages, namespaces, type Language, type Namespace, type TranslationTree } from '@cirkel/i18n';
import { resourceLoaders } from '@cirkel/i18n/generated/loaders';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserStorage, detectInitialLanguage } from './language-preference';

/** One language's texts, every namespace. */
export type LanguageTexts = Record<Namespace, TranslationTree>;

// Languages whose texts are here, shared by every instance: each language is its own chunk of
// the build (@cirkel/i18n/generated/loaders), fetched once, when it is first shown.
const loadedTexts = new Map<Language, LanguageTexts>();
const pendingTexts = new Map<Language, Promise<LanguageTexts>>();

/** Fetches a language's texts (once; a failed fetch may be tried again). */
export function loadLanguage(language: Language): Promise<LanguageTexts> {
  const loaded = loadedTexts.get(language);
  if (loaded) return Promise.resolve(loaded);
  let pending = pendingTexts.get(language);
  if (!pending) {
    pending = resourceLoaders[language]().then(
      (texts) => {
        loadedTexts.set(language, texts);
        pendingTexts.delete(language);
        return texts;
      },
      (error: unknown) => {
        pendingTexts.delete(language);
        throw error;
      },
    );
    pendingTexts.set(language, pending);
  }
  return pending;
}

/** Texts at hand without a fetch: the tests give every language, so that they render at once. */
export function provideLanguages(texts: Partial<Record<Language, LanguageTexts>>): void {
  for (const language of languages) {
    const given = texts[language];
    if (given) loadedTexts.set(language, given);
  }
}

/**
 * Makes a language's texts available to an instance (fetching them if need be), so that switching
 * to it shows it at once; until then the instance keeps showing its current language.
 */
export async function prepareLanguage(i18n: I18n, language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const texts = await loadLanguage(language);
  for (const [namespace, tree] of Object.entries(texts)) i18n.addResourceBundle(language, namespace, tree);
}

export interface CreateI18nOptions {
  /** The language to start in; else the remembered choice, the browser's, or English. */
  language?: Language;
  /** Where the chosen language is remembered; the browser's localStorage by default. */
  storage?: Storage;
  /** The browser's preferred languages, best first; `navigator.languages` by default. */
  browserLanguages?: readonly string[];
  /** The document whose `<html lang dir>` follows the language. */
  document?: Document;
}

/**
 * A fresh i18next instance with the texts loaded so far: main.tsx loads the first language before
 * it renders, so nothing shows in another language; useSelectLanguage fetches any other language
 * (prepareLanguage) before switching to it, keeping the current one on screen until it is here.
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

  const language =
    options.language ??
    detectInitialLanguage(options.storage ?? browserStorage(), options.browserLanguages ?? globalThis.navigator?.languages ?? []);
  void instance.use(initReactI18next).init({
    // A fresh object: languages added later to this instance are its own.
    resources: Object.fromEntries(loadedTexts),
    lng: language,
    // Used only for a key missing in a language, which i18n/test/locales.test.js rules out; so
    // English is not fetched beside another language (nothing here fetches: see prepareLanguage).
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
