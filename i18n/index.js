// The translations shared by the server and the client: locales/<language>/<namespace>.json.
// Static imports so that both Node and Vite bundle exactly the same resources.
import arCommon from './locales/ar/common.json' with { type: 'json' };
import arErrors from './locales/ar/errors.json' with { type: 'json' };
import bsCommon from './locales/bs/common.json' with { type: 'json' };
import bsErrors from './locales/bs/errors.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import svCommon from './locales/sv/common.json' with { type: 'json' };
import svErrors from './locales/sv/errors.json' with { type: 'json' };

export * from './meta.js';

export const resources = {
  sv: { common: svCommon, errors: svErrors },
  en: { common: enCommon, errors: enErrors },
  bs: { common: bsCommon, errors: bsErrors },
  ar: { common: arCommon, errors: arErrors },
};
