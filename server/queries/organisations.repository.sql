-- The SQL of src/modules/organisations/organisations.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- OrganisationsRepository.page
(lower(o.name), o.id) > (:name, :id)
