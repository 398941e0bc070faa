-- Reverts 0003 and restores 0002's versions of the functions it replaced.
CREATE OR REPLACE FUNCTION app_expire_referrals() RETURNS TABLE (referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    WITH expired AS (
      UPDATE referral SET status = 'EXPIRED'
       WHERE status = 'PENDING' AND expires_at <= now()
      RETURNING id, organisation_id, to_organisation_id, case_id
    ), logged AS (
      INSERT INTO audit_event (subject_organisation_id, action, entity_type, entity_id, details)
      SELECT organisation_id, 'referral.expire', 'referral', id::text, jsonb_build_object('caseId', case_id, 'to', to_organisation_id)
        FROM expired
    )
    SELECT id, organisation_id, to_organisation_id, case_id FROM expired
  $$;

CREATE OR REPLACE FUNCTION app_staff_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.id = ANY (p_ids)
       AND (u.organisation_id = app_current_organisation_id()
            OR EXISTS (SELECT 1 FROM agreement_party mine
                         JOIN agreement_party theirs ON theirs.agreement_id = mine.agreement_id
                         JOIN cooperation_agreement a ON a.id = mine.agreement_id
                        WHERE mine.organisation_id = app_current_organisation_id()
                          AND theirs.organisation_id = u.organisation_id
                          AND a.terminated_at IS NULL AND current_date BETWEEN a.valid_from AND a.valid_to))
  $$;

DROP FUNCTION app_notify_due_actions();
DROP FUNCTION app_notify_overdue_follow_ups();
DROP FUNCTION app_notify(text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid);
DROP TABLE notification;
DROP FUNCTION app_supervision_candidates(uuid);
DROP TABLE supervision_case_link;
DROP TABLE supervision_comment;
DROP TABLE supervision_action;
DROP TABLE supervision_note_revision;
DROP TABLE supervision_participant;
DROP FUNCTION app_supervision_editable(uuid);
DROP FUNCTION app_supervision_visible(uuid);
DROP TABLE supervision_session;
DROP TABLE message_read;
DROP TABLE case_message;
DROP FUNCTION app_referral_receiver_access(uuid);
DROP TABLE sustainability_assessment;
DROP TABLE follow_up_visit;
DROP TABLE plan_goal;
DROP TABLE reintegration_plan;
DROP TABLE arrival;
DROP FUNCTION app_follow_up_access(uuid, uuid);
DROP FUNCTION app_agreement_between(uuid, uuid, text);
