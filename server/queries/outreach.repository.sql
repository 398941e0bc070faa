-- The SQL of src/modules/outreach/outreach.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- linkedIds.found
SELECT activity_id, ${column} AS id FROM ${table} WHERE activity_id = ANY($1::uuid[]) ORDER BY activity_id, ${column}

-- activitiesOf
outreach_activity a CROSS JOIN (SELECT NULL::uuid AS contact_organisation_id) l

-- activitiesOf
outreach_activity_contact l JOIN outreach_activity a ON a.id = l.activity_id

-- activityFilters
($1::text IS NULL OR a.kind = $1)
AND ($2::text IS NULL OR a.focus_countries @> ARRAY[$2::text])
AND ($3::uuid IS NULL OR l.contact_organisation_id = $3)
AND ($4::date IS NULL OR a.held_on >= $4) AND ($5::date IS NULL OR a.held_on <= $5)

-- consultationFilters
($1::text IS NULL OR s.channel = $1) AND ($2::text IS NULL OR s.topic = $2)
AND ($3::uuid IS NULL OR s.department_contact_id = $3)
AND ($4::date IS NULL OR s.held_on >= $4) AND ($5::date IS NULL OR s.held_on <= $5)

-- newestPage.found
SELECT ${entities.select(x)} FROM ${list.from}
WHERE ${list.filters} AND ($6::date IS NULL OR (${x}.held_on, ${x}.id) < ($6::date, $7::uuid))
ORDER BY ${x}.held_on DESC, ${x}.id DESC LIMIT $8

-- listCount
SELECT count(*)::int AS count FROM ${list.from} WHERE ${list.filters}

-- followUpSet
follow_up = $F1, follow_up_due_on = $F2, follow_up_owner_user_id = $F3,
follow_up_done_at = CASE WHEN (follow_up, follow_up_due_on, follow_up_owner_user_id) IS NOT DISTINCT FROM ($F1::text, $F2::date, $F3::uuid) THEN follow_up_done_at END,
follow_up_notified_at = CASE WHEN (follow_up_due_on, follow_up_owner_user_id) IS NOT DISTINCT FROM ($F2::date, $F3::uuid) THEN follow_up_notified_at END

-- OutreachRepository.ownStaff.found
SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND active

-- OutreachRepository.contactsFound.found
SELECT id, kind FROM contact_organisation WHERE id = ANY($1::uuid[])

-- OutreachRepository.personsFound.found
SELECT id, contact_organisation_id FROM contact_person WHERE id = ANY($1::uuid[])

-- OutreachRepository.insertActivity
INSERT INTO outreach_activity (organisation_id, created_by_user_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics,
                               participants_women, participants_men, participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id

-- OutreachRepository.updateActivity
UPDATE outreach_activity
  SET kind = $3, held_on = $4, duration_minutes = $5, title = $6, focus_countries = $7, languages = $8, topics = $9,
      participants_women = $10, participants_men = $11, participants_under_18 = $12, notes = $13, ${followUpSet},
      version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2

-- OutreachRepository.setActivityLinks
WITH gone_contacts AS (DELETE FROM outreach_activity_contact WHERE activity_id = $1),
     gone_people AS (DELETE FROM outreach_activity_person WHERE activity_id = $1),
     gone_staff AS (DELETE FROM outreach_activity_staff WHERE activity_id = $1)
SELECT 1

-- OutreachRepository.setActivityLinks
WITH contacts AS (INSERT INTO outreach_activity_contact (activity_id, contact_organisation_id, organisation_id)
                   SELECT $1, unnest($3::uuid[]), $2),
     people AS (INSERT INTO outreach_activity_person (activity_id, contact_person_id, organisation_id)
                 SELECT $1, unnest($4::uuid[]), $2)
INSERT INTO outreach_activity_staff (activity_id, user_id, organisation_id) SELECT $1, unnest($5::uuid[]), $2

-- OutreachRepository.insertConsultation
INSERT INTO staff_consultation (organisation_id, created_by_user_id, held_on, department_contact_id, department, district, channel, topic,
                                country, question, advice, minutes_spent, participants, follow_up, follow_up_due_on, follow_up_owner_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id

-- OutreachRepository.updateConsultation
UPDATE staff_consultation
  SET held_on = $3, department_contact_id = $4, department = $5, district = $6, channel = $7, topic = $8, country = $9,
      question = $10, advice = $11, minutes_spent = $12, participants = $13, ${followUpSet},
      version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2

-- OutreachRepository.namedAsCaseSource.found
SELECT EXISTS (SELECT 1 FROM referral_case c WHERE c.${column} = $1) AS named

-- OutreachRepository.deleteRecord.sql
DELETE FROM outreach_activity WHERE id = $1

-- OutreachRepository.deleteRecord.sql
DELETE FROM staff_consultation WHERE id = $1

-- OutreachRepository.completeFollowUp.sql
UPDATE outreach_activity SET follow_up_done_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND follow_up IS NOT NULL AND follow_up_done_at IS NULL

-- OutreachRepository.completeFollowUp.sql
UPDATE staff_consultation SET follow_up_done_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND follow_up IS NOT NULL AND follow_up_done_at IS NULL

-- OutreachRepository.followUpsDue.found
WITH today AS (SELECT app_local_today(app_current_organisation_id()) AS day),
     due AS (
       SELECT 'activity' AS source, a.id, a.follow_up_due_on AS due_on FROM outreach_activity a
        WHERE a.follow_up_owner_user_id = $1 AND a.follow_up IS NOT NULL AND a.follow_up_done_at IS NULL
          AND a.follow_up_due_on <= (SELECT day FROM today) + 7
       UNION ALL
       SELECT 'consultation', s.id, s.follow_up_due_on FROM staff_consultation s
        WHERE s.follow_up_owner_user_id = $1 AND s.follow_up IS NOT NULL AND s.follow_up_done_at IS NULL
          AND s.follow_up_due_on <= (SELECT day FROM today) + 7)
SELECT (SELECT count(*) FROM due)::int AS total, page.source, page.id, to_char(page.due_on, 'YYYY-MM-DD') AS due_on,
       page.due_on < (SELECT day FROM today) AS overdue
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (SELECT * FROM due WHERE $2::date IS NULL OR (due.due_on, due.id) > ($2::date, $3::uuid)
                      ORDER BY due.due_on, due.id LIMIT $4) page ON true
