-- The SQL of src/modules/contacts/contacts.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- listFilters
($1::text IS NULL OR c.kind = $1)
AND ($2::text IS NULL OR c.focus_countries @> ARRAY[$2::text])
AND ($3::text IS NULL OR c.status = $3)
AND ($4::text IS NULL OR app_contact_name_key(c.district) = app_contact_name_key($4))
AND ($5::text IS NULL OR c.name_key LIKE '%' || app_contact_name_key($5) || '%')
AND ($6::boolean OR c.archived_at IS NULL)

-- ContactsRepository.page.found
SELECT ${entities.select('c')} FROM contact_organisation c
WHERE ${listFilters}
  AND ($7::text IS NULL OR (c.name_key, c.id) > ($7::text, $8::uuid))
ORDER BY c.name_key, c.id LIMIT $9

-- ContactsRepository.count
SELECT count(*)::int AS count FROM contact_organisation c WHERE ${listFilters}

-- ContactsRepository.districts.found
SELECT min(district) AS district FROM contact_organisation WHERE district IS NOT NULL GROUP BY app_contact_name_key(district) ORDER BY 1 LIMIT 500

-- ContactsRepository.sameName
SELECT id, name FROM contact_organisation
WHERE organisation_id = $1 AND kind = $2 AND name_key = app_contact_name_key($3) AND ($4::uuid IS NULL OR id <> $4)

-- ContactsRepository.insert
INSERT INTO contact_organisation (organisation_id, created_by_user_id, name, kind, focus_countries, languages, district, address, website,
                                  letter_of_intent_attachment_id, status)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id

-- ContactsRepository.update
UPDATE contact_organisation
  SET name = $3, kind = $4, focus_countries = $5, languages = $6, district = $7, address = $8, website = $9,
      letter_of_intent_attachment_id = $10, version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2

-- ContactsRepository.setStatus
UPDATE contact_organisation SET status = $2, version = version + 1, updated_at = now() WHERE id = $1

-- ContactsRepository.setStatus
INSERT INTO contact_status_change (organisation_id, contact_organisation_id, from_status, to_status, note, changed_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6)

-- ContactsRepository.setArchived
UPDATE contact_organisation SET archived_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END, archived_by_user_id = $2,
version = version + 1, updated_at = now() WHERE id = $1

-- ContactsRepository.hasHistory.found
SELECT EXISTS (SELECT 1 FROM outreach_activity_contact a WHERE a.contact_organisation_id = $1)
OR EXISTS (SELECT 1 FROM staff_consultation s WHERE s.department_contact_id = $1)
OR EXISTS (SELECT 1 FROM contact_status_change s WHERE s.contact_organisation_id = $1 AND s.from_status IS NOT NULL)
OR EXISTS (SELECT 1 FROM referral_case c WHERE c.source_contact_id = $1) AS used

-- ContactsRepository.delete
DELETE FROM contact_organisation WHERE id = $1

-- ContactsRepository.insertPerson
INSERT INTO contact_person (organisation_id, contact_organisation_id, created_by_user_id, name, role_title, phone, email, preferred_language)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id

-- ContactsRepository.updatePerson
UPDATE contact_person SET name = $3, role_title = $4, phone = $5, email = $6, preferred_language = $7, version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2

-- ContactsRepository.deletePerson
DELETE FROM contact_person WHERE id = $1
