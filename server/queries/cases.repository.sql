-- The SQL of src/modules/cases/cases.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- partnerSectionsByCase.found
SELECT id, app_partner_sections(id) AS sections FROM unnest($1::uuid[]) AS id

-- caseSorts.[CaseSortField.NUMBER].key
lpad(c.year::text, 4, '0') || lpad(c.sequence::text, 8, '0')

-- caseSorts.[CaseSortField.NUMBER].fromKey
substr(${key}, 1, 4)::int, substr(${key}, 5)::int

-- caseSorts.[CaseSortField.UPDATED_AT].fromKey
${key}::timestamp AT TIME ZONE 'UTC'

-- caseSorts.[CaseSortField.PLANNED_DEPARTURE].columns
coalesce(c.planned_departure, '9999-12-31'::date)

-- caseSorts.[CaseSortField.PLANNED_DEPARTURE].key
coalesce(c.planned_departure::text, '9999-12-31')

-- caseSorts.[CaseSortField.RETURNEE_NAME].columns
lower(r.last_name || ' ' || r.first_name)

-- caseSorts.[CaseSortField.RETURNEE_NAME].key
lower(r.last_name || ' ' || r.first_name)

-- caseSorts.[CaseSortField.RELEVANCE].fromKey
substr(${key}, 1, 5), substr(${key}, 6)::timestamp AT TIME ZONE 'UTC'

-- countOf
SELECT CASE WHEN $1::uuid = (SELECT app_current_organisation_id()) THEN app_sent_case_count($2::uuid) ELSE 0 END AS count

-- countOf
SELECT count(*)::int AS count FROM app_search_case_ids($2) WHERE $1::uuid = (SELECT app_current_organisation_id())

-- countOf
SELECT CASE WHEN $1::uuid = (SELECT app_current_organisation_id()) THEN app_own_case_count(${args}) ELSE 0 END AS count

-- countOf
SELECT count(*)::int AS count FROM referral_case c WHERE ${filters.join(' AND ')}

-- CasesRepository.page.filters
c.organisation_id = $1

-- CasesRepository.page
c.status = ANY(${own.statuses})

-- CasesRepository.page
EXISTS (SELECT 1 FROM referral x WHERE x.case_id = c.id AND x.to_organisation_id = ${param(list.partnerId)}::uuid)

-- CasesRepository.page.textFilter
c.id IN (SELECT app_search_case_ids(${textParam}))

-- CasesRepository.page
(${[...sort.columns, id].join(', ')}) ${comparison} (${sort.fromKey(keyParam)}, ${param(afterId)}::uuid)

-- CasesRepository.page.below
WHERE f.rank < ${afterRank}

-- CasesRepository.page.cut
coalesce((SELECT f.rank FROM found f ${below}ORDER BY f.rank DESC OFFSET ${param(list.limit)}::int - 1 LIMIT 1), '')

-- CasesRepository.page
(SELECT f.case_id, f.rank FROM found f WHERE f.rank >= ${cut}${afterRank ? ` AND f.rank <= ${afterRank}` : ''}) s

-- CasesRepository.page.from
referral_case c JOIN returnee r ON r.case_id = c.id AND r.organisation_id = $1

-- CasesRepository.page.from
${search} JOIN referral_case c ON c.id = s.case_id

-- CasesRepository.page.from
referral_case c LEFT JOIN returnee r ON r.case_id = c.id

-- CasesRepository.page.total
, (SELECT count(*) FROM found)::int AS total

-- CasesRepository.page.total
, count(*) OVER ()::int AS total

-- CasesRepository.page.withFound
WITH found AS MATERIALIZED (SELECT case_id, rank FROM app_search_cases(${textParam}))

-- CasesRepository.page.sql
${withFound}SELECT p.sort_key${countedHere ? ', p.total' : ''}, ${caseRows.select('c')}, ${returneeRows.select('r')}
 FROM (SELECT c.id, ${sort.key} AS sort_key${total} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}) p
 JOIN referral_case c ON c.id = p.id LEFT JOIN returnee r ON r.case_id = c.id
ORDER BY p.sort_key COLLATE "C" ${direction}, c.id ${direction}

-- CasesRepository.page.sql
SELECT ${sort.key} AS sort_key${total}, ${caseRows.select('c')}, ${returneeRows.select('r')}
FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}

-- CasesRepository.takeNumber
INSERT INTO case_number_counter (organisation_id, year, last_number) VALUES ($1, $2, 1)
ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
RETURNING last_number

-- CasesRepository.takeNumber
SELECT case_prefix FROM organisation WHERE id = $1

-- CasesRepository.insert
INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country,
                           destination_place, planned_departure, created_by_user_id,
                           source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id

-- CasesRepository.update
UPDATE referral_case SET responsible_user_id = $2,
      destination_country = $3, destination_place = $4, planned_departure = $5, actual_departure = $6,
      support_amount_minor = $7, support_currency = $8,
      source_kind = $9, source_contact_id = $10, source_outreach_activity_id = $11, source_consultation_id = $12
WHERE id = $1

-- CasesRepository.takeVersion
UPDATE referral_case SET version = version + 1 WHERE id = $1 AND version = $2

-- CasesRepository.setStatus
UPDATE referral_case SET status = $2, closure_reason = $3 WHERE id = $1

-- CasesRepository.recordStatusChange
INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6)

-- CasesRepository.endReferralsOfClosedCase
UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $2
WHERE case_id = $1 AND (status = 'PENDING' OR (status = 'ACCEPTED' AND $3 <> 'COMPLETED'))

-- CasesRepository.endReferralsOfClosedCase
UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE case_id = $1 AND status = 'ACCEPTED'

-- CasesRepository.saveReturnee
INSERT INTO returnee (case_id, organisation_id, first_name, last_name, date_of_birth, sex, citizenship, languages,
                      identity_number, document_language)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
ON CONFLICT (case_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
  date_of_birth = EXCLUDED.date_of_birth, sex = EXCLUDED.sex, citizenship = EXCLUDED.citizenship,
  languages = EXCLUDED.languages, identity_number = EXCLUDED.identity_number, document_language = EXCLUDED.document_language

-- CasesRepository.saveContact
INSERT INTO returnee_contact (case_id, organisation_id, phone, email, address_in_sweden, notes) VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (case_id) DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email,
  address_in_sweden = EXCLUDED.address_in_sweden, notes = EXCLUDED.notes

-- CasesRepository.saveNeeds
INSERT INTO case_needs (case_id, organisation_id, description) VALUES ($1, $2, $3)
ON CONFLICT (case_id) DO UPDATE SET description = EXCLUDED.description

-- CasesRepository.saveHealth
INSERT INTO returnee_health (case_id, organisation_id, information, vulnerabilities) VALUES ($1, $2, $3, $4)
ON CONFLICT (case_id) DO UPDATE SET information = EXCLUDED.information, vulnerabilities = EXCLUDED.vulnerabilities

-- CasesRepository.replaceHousehold
DELETE FROM household_member WHERE case_id = $1 AND NOT (id = ANY($2::uuid[]))

-- CasesRepository.replaceHousehold
UPDATE household_member SET first_name = $2, last_name = $3, date_of_birth = $4, sex = $5, relation = $6,
identity_number = $7, travels = $8, position = $9 WHERE id = $1

-- CasesRepository.replaceHousehold
INSERT INTO household_member (case_id, organisation_id, first_name, last_name, date_of_birth, sex, relation,
identity_number, travels, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)

-- CasesRepository.auditTrail.where
((subject_organisation_id = $1 AND ((entity_type = 'case' AND entity_id = $2) OR details->>'caseId' = $2
                               OR (entity_type = 'case' AND entity_id IS NULL AND details -> 'read' ? $2)))
OR id IN (SELECT event_id FROM audit_notice WHERE organisation_id = $1 AND case_id = $2::uuid))

-- CasesRepository.auditTrail
SELECT count(*)::int AS count FROM audit_event WHERE ${where}

-- CasesRepository.auditTrail
AND id < $4::bigint

-- CasesRepository.auditTrail.found
SELECT id::text, occurred_at, action, actor_user_id, organisation_id, entity_type,
     CASE WHEN entity_id IS NULL AND details -> 'read' ? $2 THEN $2 ELSE entity_id END AS entity_id, request_id
FROM audit_event WHERE ${where} ${cursor} ORDER BY id DESC LIMIT $3
