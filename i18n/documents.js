// Documents a returnee reads and signs (the consent form), in more languages than the staff
// interface speaks: documents/<language>/<document>.json, gathered by generated/documents.js.
export { documentNames, documents } from './generated/documents.js';

/** Swedish, English, Bosnian (Latin), Arabic, Somali and Central Kurdish (Sorani, Arabic script). */
export const documentLanguages = ['sv', 'en', 'bs', 'ar', 'so', 'ckb'];
export const rtlDocumentLanguages = ['ar', 'ckb'];

/** Each document language's name in its own language, for the choice of language. */
export const documentLanguageNames = {
  sv: 'Svenska',
  en: 'English',
  bs: 'Bosanski',
  ar: 'العربية',
  so: 'Soomaali',
  ckb: 'کوردیی سۆرانی',
};

export function isDocumentLanguage(value) {
  return documentLanguages.includes(value);
}

export function documentDirection(language) {
  return rtlDocumentLanguages.includes(language) ? 'rtl' : 'ltr';
}
