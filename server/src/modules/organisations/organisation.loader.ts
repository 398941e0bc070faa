// Kept for the modules outside this part of issue 9 (follow-up, supervision, messages, users),
// which still call `context.loader(organisationLoader)`: it is the repository's loader, so both
// ways share one batch per request. Remove once they go through OrganisationsService.
export { organisationsById as organisationLoader } from './organisations.repository.js';
