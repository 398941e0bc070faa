-- The SQL of src/modules/consents/consents.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- ConsentsRepository.activeSections.found
SELECT sections FROM consent WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL

-- ConsentsRepository.withdrawActive
UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $3
WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL RETURNING id

-- ConsentsRepository.insert
INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, form_attachment_id, recorded_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id

-- ConsentsRepository.withdraw
UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE id = $1

-- ConsentsRepository.revokeUncoveredReferrals
UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $4
 WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND NOT (sections <@ $3::text[])
RETURNING id
