// Languages of the staff interface. Documents a returnee reads (consent forms) come in more
// languages; those are listed with the documents, not here.
export const languages = ['sv', 'en', 'bs', 'ar'];
export const defaultLanguage = 'en';
export const rtlLanguages = ['ar'];

/** Each language's name in its own language, for the language switcher. */
export const languageNames = {
  sv: 'Svenska',
  en: 'English',
  bs: 'Bosanski',
  ar: 'العربية',
};

export function isLanguage(value) {
  return languages.includes(value);
}

export function isRtl(language) {
  return rtlLanguages.includes(language);
}

export function direction(language) {
  return isRtl(language) ? 'rtl' : 'ltr';
}

/**
 * Picks the best supported language from an HTTP Accept-Language header
 * ("bs-BA,bs;q=0.9,en;q=0.5"), or undefined when none is supported.
 */
export function pickLanguage(acceptLanguage) {
  if (!acceptLanguage) return undefined;
  const ranked = String(acceptLanguage)
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  // Serbian and Croatian readers understand Bosnian (Latin script) better than any other choice.
  const aliases = { hr: 'bs', sr: 'bs', nb: 'sv', nn: 'sv', no: 'sv', da: 'sv' };
  for (const { base } of ranked) {
    const language = isLanguage(base) ? base : aliases[base];
    if (language) return language;
  }
  return undefined;
}
