-- The SQL of src/modules/supervision/supervision.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- actionColumns
a.id, a.session_id AS "sessionId", a.description, a.owner_user_id AS "ownerUserId", a.due_on AS "dueOn",
     a.done, a.done_at AS "doneAt", a.created_at AS "createdAt",
     NOT a.done AND app_is_overdue(a.due_on, s.partner_organisation_id) AS overdue
FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id

-- SupervisionRepository.actions
a.session_id = ANY($1) ORDER BY a.created_at, a.id

-- SupervisionRepository.participants.found
SELECT session_id, user_id, organisation_id FROM supervision_participant WHERE session_id = ANY($1)

-- SupervisionRepository.links.found
SELECT session_id, case_id FROM supervision_case_link WHERE session_id = ANY($1)

-- SupervisionRepository.actionsWhere.found
SELECT ${actionColumns} WHERE ${where}

-- SupervisionRepository.page
(s.held_on, s.id) < (:heldOn::date, :id::uuid)

-- SupervisionRepository.candidates.found
SELECT id, name, name_latin, name_arabic, organisation_id FROM app_supervision_candidates($1)

-- SupervisionRepository.supervisionAgreementInForce.row
SELECT app_agreement_between($1, $2, 'SUPERVISION') AS allowed

-- SupervisionRepository.firstUnsharedCase.row
SELECT min(c.ord)::int - 1 AS unshared FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, ord)
WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id AND r.organisation_id = $2 AND r.to_organisation_id = $3
                    AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))

-- SupervisionRepository.insertSession
INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, topics, notes, created_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id

-- SupervisionRepository.insertSession
INSERT INTO supervision_participant (session_id, user_id, organisation_id)
SELECT $1, c.id, c.organisation_id FROM app_supervision_candidates($2) c WHERE c.id = ANY($3::uuid[])

-- SupervisionRepository.insertSession
INSERT INTO supervision_case_link (session_id, case_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING

-- SupervisionRepository.replaceNotes
UPDATE supervision_session SET notes = $3, version = version + 1 WHERE id = $1 AND version = $2

-- SupervisionRepository.replaceNotes
INSERT INTO supervision_note_revision (session_id, notes, changed_by_user_id) VALUES ($1, $2, $3)

-- SupervisionRepository.insertAction
INSERT INTO supervision_action (session_id, description, owner_user_id, due_on) VALUES ($1, $2, $3, $4)

-- SupervisionRepository.actionById
a.id = $1

-- SupervisionRepository.setActionDone
UPDATE supervision_action SET done = $2, done_at = CASE WHEN $2 THEN now() END WHERE id = $1

-- SupervisionRepository.actionsDuePage.found
WITH due AS (
  SELECT ${actionColumns}
   WHERE a.owner_user_id = $1 AND NOT a.done AND a.due_on <= app_local_today(s.partner_organisation_id) + 7
)
SELECT (SELECT count(*) FROM due)::int AS total, page.*
  FROM (SELECT) one
  LEFT JOIN LATERAL (
    SELECT * FROM due
     WHERE $2::date IS NULL OR ("dueOn", id) > ($2::date, $3::uuid)
     ORDER BY "dueOn", id
     LIMIT $4
  ) page ON true

-- SupervisionRepository.insertComment
INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, $4) RETURNING id
