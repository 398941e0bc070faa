import 'i18next';
import type common from '../../../../i18n/locales/en/common.json';
import type errors from '../../../../i18n/locales/en/errors.json';
import type cases from '../../../../i18n/locales/en/cases.json';
import type followUp from '../../../../i18n/locales/en/followUp.json';
import type messages from '../../../../i18n/locales/en/messages.json';
import type supervision from '../../../../i18n/locales/en/supervision.json';
import type notifications from '../../../../i18n/locales/en/notifications.json';
import type worklist from '../../../../i18n/locales/en/worklist.json';

// Translation keys are checked at compile time against the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; errors: typeof errors; cases: typeof cases; followUp: typeof followUp; messages: typeof messages } & {
      supervision: typeof supervision;
      notifications: typeof notifications;
      worklist: typeof worklist;
    };
    returnNull: false;
    strictInterpolationChecks: true;
  }
}
