// The translations shared by the server and the client: locales/<language>/<namespace>.json.
// Static imports so that both Node and Vite bundle exactly the same resources.
import arCommon from './locales/ar/common.json' with { type: 'json' };
import arErrors from './locales/ar/errors.json' with { type: 'json' };
import arCases from './locales/ar/cases.json' with { type: 'json' };
import arReferrals from './locales/ar/referrals.json' with { type: 'json' };
import arAgreements from './locales/ar/agreements.json' with { type: 'json' };
import arFollowUp from './locales/ar/followUp.json' with { type: 'json' };
import arMessages from './locales/ar/messages.json' with { type: 'json' };
import arSupervision from './locales/ar/supervision.json' with { type: 'json' };
import arNotifications from './locales/ar/notifications.json' with { type: 'json' };
import arWorklist from './locales/ar/worklist.json' with { type: 'json' };
import arNotificationTexts from './locales/ar/notificationTexts.json' with { type: 'json' };
import bsCommon from './locales/bs/common.json' with { type: 'json' };
import bsErrors from './locales/bs/errors.json' with { type: 'json' };
import bsCases from './locales/bs/cases.json' with { type: 'json' };
import bsReferrals from './locales/bs/referrals.json' with { type: 'json' };
import bsAgreements from './locales/bs/agreements.json' with { type: 'json' };
import bsFollowUp from './locales/bs/followUp.json' with { type: 'json' };
import bsMessages from './locales/bs/messages.json' with { type: 'json' };
import bsSupervision from './locales/bs/supervision.json' with { type: 'json' };
import bsNotifications from './locales/bs/notifications.json' with { type: 'json' };
import bsWorklist from './locales/bs/worklist.json' with { type: 'json' };
import bsNotificationTexts from './locales/bs/notificationTexts.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import enCases from './locales/en/cases.json' with { type: 'json' };
import enReferrals from './locales/en/referrals.json' with { type: 'json' };
import enAgreements from './locales/en/agreements.json' with { type: 'json' };
import enFollowUp from './locales/en/followUp.json' with { type: 'json' };
import enMessages from './locales/en/messages.json' with { type: 'json' };
import enSupervision from './locales/en/supervision.json' with { type: 'json' };
import enNotifications from './locales/en/notifications.json' with { type: 'json' };
import enWorklist from './locales/en/worklist.json' with { type: 'json' };
import enNotificationTexts from './locales/en/notificationTexts.json' with { type: 'json' };
import svCommon from './locales/sv/common.json' with { type: 'json' };
import svErrors from './locales/sv/errors.json' with { type: 'json' };
import svCases from './locales/sv/cases.json' with { type: 'json' };
import svReferrals from './locales/sv/referrals.json' with { type: 'json' };
import svAgreements from './locales/sv/agreements.json' with { type: 'json' };
import svFollowUp from './locales/sv/followUp.json' with { type: 'json' };
import svMessages from './locales/sv/messages.json' with { type: 'json' };
import svSupervision from './locales/sv/supervision.json' with { type: 'json' };
import svNotifications from './locales/sv/notifications.json' with { type: 'json' };
import svWorklist from './locales/sv/worklist.json' with { type: 'json' };
import svNotificationTexts from './locales/sv/notificationTexts.json' with { type: 'json' };

export * from './meta.js';
export * from './documents.js';

export const resources = {
  sv: { common: svCommon, errors: svErrors, cases: svCases, referrals: svReferrals, agreements: svAgreements, followUp: svFollowUp, messages: svMessages, supervision: svSupervision, notifications: svNotifications, worklist: svWorklist, notificationTexts: svNotificationTexts },
  en: { common: enCommon, errors: enErrors, cases: enCases, referrals: enReferrals, agreements: enAgreements, followUp: enFollowUp, messages: enMessages, supervision: enSupervision, notifications: enNotifications, worklist: enWorklist, notificationTexts: enNotificationTexts },
  bs: { common: bsCommon, errors: bsErrors, cases: bsCases, referrals: bsReferrals, agreements: bsAgreements, followUp: bsFollowUp, messages: bsMessages, supervision: bsSupervision, notifications: bsNotifications, worklist: bsWorklist, notificationTexts: bsNotificationTexts },
  ar: { common: arCommon, errors: arErrors, cases: arCases, referrals: arReferrals, agreements: arAgreements, followUp: arFollowUp, messages: arMessages, supervision: arSupervision, notifications: arNotifications, worklist: arWorklist, notificationTexts: arNotificationTexts },
};
