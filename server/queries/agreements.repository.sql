-- The SQL of src/modules/agreements/agreements.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- statusByAgreement.found
SELECT a.id,
     CASE WHEN a.terminated_at IS NOT NULL THEN 'TERMINATED'
          WHEN a.valid_to < current_date THEN 'EXPIRED'
          WHEN app_agreement_in_force(a.id, a.scopes[1]) THEN 'IN_FORCE'
          WHEN a.valid_from > current_date
               AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.confirmed_at IS NULL)
            THEN 'NOT_YET_VALID'
          ELSE 'PROPOSED' END AS status
FROM cooperation_agreement a WHERE a.id = ANY($1::uuid[])

-- AgreementsRepository.page
(a.valid_to, a.id) < (:validTo::date, :id::uuid)

-- AgreementsRepository.insert
INSERT INTO cooperation_agreement (reference_number, title, scopes, valid_from, valid_to, response_time_days,
                                   proposed_by_organisation_id, proposed_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id

-- AgreementsRepository.addParties
INSERT INTO agreement_party (agreement_id, organisation_id, confirmed_at, confirmed_by_user_id) VALUES ($1, $2, now(), $3)

-- AgreementsRepository.addParties
INSERT INTO agreement_party (agreement_id, organisation_id) SELECT $1, unnest($2::uuid[])

-- AgreementsRepository.confirm
UPDATE agreement_party SET confirmed_at = now(), confirmed_by_user_id = $3
WHERE agreement_id = $1 AND organisation_id = $2 AND confirmed_at IS NULL

-- AgreementsRepository.terminate
UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2, terminated_by_user_id = $3,
termination_reason = $4 WHERE id = $1

-- AgreementsRepository.inForceBetween.found
SELECT a.id FROM cooperation_agreement a
 JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
 JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id = $2
WHERE app_agreement_in_force(a.id, $3)
ORDER BY a.valid_to DESC LIMIT 1

-- AgreementsRepository.partnersInForce.found
SELECT DISTINCT theirs.organisation_id AS id FROM cooperation_agreement a
 JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
 JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id <> $1
WHERE app_agreement_in_force(a.id, $2)
