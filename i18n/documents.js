// Documents a returnee reads and signs (the consent form), in more languages than the staff
// interface speaks: documents/<language>/<document>.json. Static imports, as in index.js.
import arConsentForm from './documents/ar/consent-form.json' with { type: 'json' };
import bsConsentForm from './documents/bs/consent-form.json' with { type: 'json' };
import ckbConsentForm from './documents/ckb/consent-form.json' with { type: 'json' };
import enConsentForm from './documents/en/consent-form.json' with { type: 'json' };
import soConsentForm from './documents/so/consent-form.json' with { type: 'json' };
import svConsentForm from './documents/sv/consent-form.json' with { type: 'json' };

/** Swedish, English, Bosnian (Latin), Arabic, Somali and Central Kurdish (Sorani, Arabic script). */
export const documentLanguages = ['sv', 'en', 'bs', 'ar', 'so', 'ckb'];
export const rtlDocumentLanguages = ['ar', 'ckb'];
export const documentNames = ['consent-form'];

/** Each document language's name in its own language, for the choice of language. */
export const documentLanguageNames = {
  sv: 'Svenska',
  en: 'English',
  bs: 'Bosanski',
  ar: 'العربية',
  so: 'Soomaali',
  ckb: 'کوردیی سۆرانی',
};

export const documents = {
  sv: { 'consent-form': svConsentForm },
  en: { 'consent-form': enConsentForm },
  bs: { 'consent-form': bsConsentForm },
  ar: { 'consent-form': arConsentForm },
  so: { 'consent-form': soConsentForm },
  ckb: { 'consent-form': ckbConsentForm },
};

export function isDocumentLanguage(value) {
  return documentLanguages.includes(value);
}

export function documentDirection(language) {
  return rtlDocumentLanguages.includes(language) ? 'rtl' : 'ltr';
}
