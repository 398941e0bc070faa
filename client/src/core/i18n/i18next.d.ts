import 'i18next';
import type common from '../../../../i18n/locales/en/common.json';
import type errors from '../../../../i18n/locales/en/errors.json';
import type cases from '../../../../i18n/locales/en/cases.json';

// Translation keys are checked at compile time against the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; errors: typeof errors; cases: typeof cases };
    returnNull: false;
    strictInterpolationChecks: true;
  }
}
