// Kept for the modules outside this part of issue 9 (users, demo); the enum lives in organisations.enums.ts.
export { OrganisationKind } from './organisations.enums.js';
