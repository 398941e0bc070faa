-- The SQL of src/modules/referrals/referrals.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- ReferralsRepository.inbox.where
r.to_organisation_id = :org AND r.status = 'PENDING' AND r.expires_at > now()

-- ReferralsRepository.incoming.where
r.to_organisation_id = :org AND r.status = ANY(:statuses)

-- ReferralsRepository.page.totalCount
SELECT app_received_referral_count($1::text[], $2) AS count

-- ReferralsRepository.page
(r.sent_at, r.id) ${direction === 'ASC' ? '>' : '<'} (:sentAt::timestamp AT TIME ZONE 'UTC', :id::uuid)

-- ReferralsRepository.hasOpen.open
SELECT id FROM referral WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND (status = 'ACCEPTED' OR expires_at > now())

-- ReferralsRepository.markExpired
UPDATE referral SET status = 'EXPIRED' WHERE case_id = $1 AND to_organisation_id = $2 AND status = 'PENDING' AND expires_at <= now()

-- ReferralsRepository.insert
INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at, cover_note)
VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7), $8) RETURNING id

-- ReferralsRepository.answer
SELECT app_answer_referral($1, $2, $3) AS answered

-- ReferralsRepository.revoke
UPDATE referral SET status = 'REVOKED', revoked_by_user_id = $2, revoked_at = now() WHERE id = $1 AND status = $3

-- ReferralsRepository.complete
UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE id = $1 AND status = $2

-- ReferralsRepository.expireOverdue
SELECT * FROM app_expire_referrals()
