import { defaultLanguage, isLanguage, pickLanguage, type Language } from '@cirkel/i18n';

/** The key under which the browser remembers the interface language between visits. */
export const languageStorageKey = 'cirkel.language';

/** Storage can be missing or throw (private mode, blocked site data); the choice is then not remembered. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readRememberedLanguage(storage = browserStorage()): Language | undefined {
  try {
    const value = storage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguage(language: Language, storage = browserStorage()): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not remembered; the interface still switches.
  }
}

/** The remembered choice, else the first supported browser language, else English. */
export function detectInitialLanguage(storage: Storage | undefined, browserLanguages: readonly string[]): Language {
  return readRememberedLanguage(storage) ?? pickLanguage(browserLanguages.join(',')) ?? defaultLanguage;
}
