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

/** Whether the runtime really has data for a locale: it names Sweden differently from English. */
function hasOwnData(locale: string): boolean {
  try {
    const own = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of('SE');
    return own !== undefined && own !== new Intl.DisplayNames(['en'], { type: 'region' }).of('SE');
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
    locale = language === 'en' ? options[0]! : (options.find(hasOwnData) ?? options[0]!);
    resolved.set(language, locale);
  }
  return locale;
}
