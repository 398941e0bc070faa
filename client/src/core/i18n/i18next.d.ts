import 'i18next';
import type common from '../../../../i18n/locales/en/common.json';
import type errors from '../../../../i18n/locales/en/errors.json';

// Translation keys are checked at compile time against the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; errors: typeof errors };
    returnNull: false;
    strictInterpolationChecks: true;
  }
}
