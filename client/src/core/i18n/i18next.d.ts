import 'i18next';
import type english from '@cirkel/i18n/generated/en';

// Translation keys are checked at compile time against the English files: every namespace of
// i18n/locales/en, as `npm run i18n:index -w i18n` gathered them.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof english;
    returnNull: false;
    strictInterpolationChecks: true;
  }
}
