// Kept for the modules outside this part of issue 9 (follow-up, supervision, messages), which
// still call `context.loader(staffLoader)`: it is the repository's loader, so both ways share one
// batch per request. Remove once they go through StaffService.
export { staffById as staffLoader } from './staff.repository.js';
