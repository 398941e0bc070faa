import type { Language } from '@cirkel/i18n';

// Locales to format dates, numbers and country names with, best first. English follows British
// conventions (3 Nov 2025), as the offices are in Europe and the Middle East. Some browsers
// (Chromium among them) accept "bs" but carry no Bosnian data and fall back to raw ICU
// patterns ("2025 M11 3"); Serbian and Croatian in Latin script are the closest that they have.
const candidates: Record<Language, readonly string[]> = {
  sv: ['sv-SE'],
  en: ['en-GB'],
  bs: ['bs-BA', 'sr-Latn-BA', 'hr-BA'],
  ar: ['ar'],
};

/**
 * Whether the runtime really has data for a locale. Chromium accepts "bs" and then answers from
 * the browser's own language where it has no data: Sweden is "Sverige" in a Swedish browser and
 * "السويد" in an Arabic one, so comparing a country's name with English was fooled by every
 * browser not set to English (issue 11). What has no fallback is the tell: a language named by
 * its code ("sv"), and a month as ICU's raw pattern ("M11").
 */
export function hasOwnData(locale: string): boolean {
  try {
    const swedish = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of('sv');
    const november = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 10, 15)));
    return swedish !== undefined && swedish !== 'sv' && !/^M\d+$/.test(november);
  } catch {
    return false;
  }
}

const resolved = new Map<Language, string>();

/** The locale that Intl should use for an interface language. */
export function intlLocale(language: Language): string {
  let locale = resolved.get(language);
  if (!locale) {
    const options = candidates[language];
    locale = language === 'en' ? options[0]! : (firstWithData(options) ?? options[0]!);
    resolved.set(language, locale);
  }
  return locale;
}

/** The first of `locales` the runtime has data for (see hasOwnData), or undefined. */
export function firstWithData(locales: readonly string[]): string | undefined {
  return locales.find(hasOwnData);
}
