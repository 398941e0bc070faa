// Kept for the modules outside this part of issue 9 (supervision, worklist), which still call
// `context.loader(caseLoader)`: it is the repository's loader, so both ways share one batch per
// request. Remove once they go through CasesService.
export { caseById as caseLoader } from './cases.repository.js';
