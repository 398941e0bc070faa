-- The SQL of src/modules/worklist/worklist.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- WorklistRepository.casesNeedingAction.found
WITH mine AS (
  SELECT c.id, c.status, c.updated_at, c.planned_departure FROM referral_case c
   WHERE c.organisation_id = $1 AND c.responsible_user_id = $2 AND c.status <> 'CLOSED'
), latest AS (
  SELECT DISTINCT ON (r.case_id) r.case_id, r.status, r.expires_at, r.responded_at, r.sent_at
    FROM referral r JOIN mine ON mine.id = r.case_id ORDER BY r.case_id, r.sent_at DESC
), items AS (
  SELECT id, 'NO_CONSENT' AS reason, updated_at AS since FROM mine
   WHERE status IN ('INTAKE', 'PREPARING_RETURN')
     AND NOT EXISTS (SELECT 1 FROM consent k WHERE k.case_id = mine.id AND k.withdrawn_at IS NULL)
  UNION ALL
  SELECT l.case_id, 'REFERRAL_DECLINED', l.responded_at FROM latest l WHERE l.status = 'DECLINED'
  UNION ALL
  SELECT l.case_id, 'REFERRAL_EXPIRED', l.expires_at FROM latest l
   WHERE l.status = 'EXPIRED' OR (l.status = 'PENDING' AND l.expires_at <= now())
  UNION ALL
  SELECT a.case_id, 'ARRIVAL_CONFIRMED', a.recorded_at FROM arrival a JOIN mine ON mine.id = a.case_id
   WHERE mine.status IN ('PREPARING_RETURN', 'RETURNED')
  UNION ALL
  SELECT id, 'DEPARTURE_DUE', planned_departure::timestamptz FROM mine
   WHERE status = 'PREPARING_RETURN' AND planned_departure <= current_date + 7
  UNION ALL
  SELECT * FROM (
    SELECT DISTINCT ON (r.case_id) r.case_id, 'NEW_MESSAGES', m.created_at
      FROM referral r JOIN mine ON mine.id = r.case_id
      JOIN case_message m ON m.referral_id = r.id AND m.author_user_id <> $2
      LEFT JOIN message_read mr ON mr.referral_id = r.id AND mr.user_id = $2
     WHERE m.created_at > coalesce(mr.last_read_at, '-infinity')
     ORDER BY r.case_id, m.created_at DESC
  ) unread
), sorted AS (
  SELECT id, reason, since, date_trunc('milliseconds', coalesce(since, 'epoch')) AS sort_at FROM items
)
SELECT (SELECT count(*) FROM sorted)::int AS total, page.*
  FROM (SELECT) one
  LEFT JOIN LATERAL (
    SELECT * FROM sorted
     WHERE $3::timestamptz IS NULL OR (sort_at, reason, id) > ($3::timestamptz, $4::text, $5::uuid)
     ORDER BY sort_at, reason, id
     LIMIT $6
  ) page ON true
