-- The SQL of src/modules/staff/staff.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- staffById.found
SELECT id, name, name_latin, name_arabic, organisation_id FROM app_staff_names($1::uuid[])

-- StaffRepository.caseStaff.found
SELECT id, name, name_latin, name_arabic, organisation_id FROM app_user
WHERE organisation_id = $1 AND active AND roles && $2::text[] ORDER BY lower(name), id

-- StaffRepository.activeStaff.found
SELECT id, name, name_latin, name_arabic, organisation_id FROM app_user
WHERE organisation_id = $1 AND active ORDER BY lower(name), id

-- StaffRepository.isCaseStaff.found
SELECT id FROM app_user WHERE id = $1 AND organisation_id = $2 AND active AND roles && $3::text[]
