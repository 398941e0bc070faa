import { defaultLanguage, isLanguage, namespaces, pickLanguage, resources, type Language } from '@cirkel/i18n';
import i18next from 'i18next';

/**
 * One i18next instance for the whole server. The language is passed on every call; nothing ever
 * switches a global language, so concurrent requests in different languages cannot mix.
 */
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  ns: [...namespaces],
  defaultNS: 'errors',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return instance.t(key, { ...params, lng: language, ns: 'errors' }) as string;
}

/** Whether English has the key; with `count`, plural keys (key_one, key_other) count too. */
export function hasTranslation(key: string, params: Record<string, unknown> = {}, namespace = 'errors'): boolean {
  return instance.exists(key, { ...params, lng: defaultLanguage, ns: namespace });
}

export function languageFromHeader(acceptLanguage: string | undefined): Language | undefined {
  return pickLanguage(acceptLanguage);
}

export { isLanguage };

/** A text of another namespace than errors, e.g. notificationTexts. */
export function translateIn(language: Language, namespace: string, key: string, params: Record<string, unknown> = {}): string {
  return instance.t(key, { ...params, lng: language, ns: namespace }) as string;
}
