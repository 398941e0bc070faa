-- The SQL of src/modules/follow-up/follow-up.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- FollowUpRepository.visits.found
SELECT ${visits.select('v')}, app_is_overdue(v.next_visit_on, v.partner_organisation_id) AS due
 FROM follow_up_visit v WHERE v.case_id = ANY($1::uuid[]) OR (v.latest AND v.case_id = ANY($2::uuid[]))
ORDER BY v.visited_on DESC, v.recorded_at DESC, v.id DESC

-- FollowUpRepository.writable.row
SELECT app_follow_up_access($1, $2) AS writable

-- FollowUpRepository.saveArrival
INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, notes, recorded_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (case_id) DO UPDATE SET arrived_on = EXCLUDED.arrived_on, notes = EXCLUDED.notes,
  recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()

-- FollowUpRepository.insertPlan.row
INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, budget_amount_minor, budget_currency, updated_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6) RETURNING id

-- FollowUpRepository.updatePlan
UPDATE reintegration_plan SET budget_amount_minor = $3, budget_currency = $4, updated_by_user_id = $5, updated_at = now(), version = version + 1
WHERE id = $1 AND version = $2

-- FollowUpRepository.replaceGoals
DELETE FROM plan_goal WHERE plan_id = $1 AND NOT (id = ANY($2::uuid[]))

-- FollowUpRepository.replaceGoals
INSERT INTO plan_goal (id, plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status, target_date, position)
VALUES (coalesce($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9, $10)
ON CONFLICT (id) DO UPDATE SET domain = EXCLUDED.domain, description = EXCLUDED.description, status = EXCLUDED.status,
  target_date = EXCLUDED.target_date, position = EXCLUDED.position

-- FollowUpRepository.insertVisit.row
INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, domain_statuses, narrative, next_visit_on, recorded_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id

-- FollowUpRepository.insertAssessment.row
INSERT INTO sustainability_assessment (case_id, owner_organisation_id, partner_organisation_id, assessed_on, answers,
                                       economic, social, psychosocial, overall, recorded_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
