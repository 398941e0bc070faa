// The translations shared by the server and the client: locales/<language>/<namespace>.json.
// Static imports so that both Node and Vite bundle exactly the same resources.
import arCommon from './locales/ar/common.json' with { type: 'json' };
import arErrors from './locales/ar/errors.json' with { type: 'json' };
import arCases from './locales/ar/cases.json' with { type: 'json' };
import arReferrals from './locales/ar/referrals.json' with { type: 'json' };
import arAgreements from './locales/ar/agreements.json' with { type: 'json' };
import bsCommon from './locales/bs/common.json' with { type: 'json' };
import bsErrors from './locales/bs/errors.json' with { type: 'json' };
import bsCases from './locales/bs/cases.json' with { type: 'json' };
import bsReferrals from './locales/bs/referrals.json' with { type: 'json' };
import bsAgreements from './locales/bs/agreements.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import enCases from './locales/en/cases.json' with { type: 'json' };
import enReferrals from './locales/en/referrals.json' with { type: 'json' };
import enAgreements from './locales/en/agreements.json' with { type: 'json' };
import svCommon from './locales/sv/common.json' with { type: 'json' };
import svErrors from './locales/sv/errors.json' with { type: 'json' };
import svCases from './locales/sv/cases.json' with { type: 'json' };
import svReferrals from './locales/sv/referrals.json' with { type: 'json' };
import svAgreements from './locales/sv/agreements.json' with { type: 'json' };

export * from './meta.js';
export * from './documents.js';

export const resources = {
  sv: { common: svCommon, errors: svErrors, cases: svCases, referrals: svReferrals, agreements: svAgreements },
  en: { common: enCommon, errors: enErrors, cases: enCases, referrals: enReferrals, agreements: enAgreements },
  bs: { common: bsCommon, errors: bsErrors, cases: bsCases, referrals: bsReferrals, agreements: bsAgreements },
  ar: { common: arCommon, errors: arErrors, cases: arCases, referrals: arReferrals, agreements: arAgreements },
};
