// Kept for supervision, outside this part of issue 9; the enums live in agreements.enums.ts.
export { AgreementScope } from './agreements.enums.js';
