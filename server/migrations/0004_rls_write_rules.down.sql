-- Reverts 0004: the policies and functions of 0002 and 0003 as they were.

-- Audit trail
ALTER POLICY audit_event_append ON audit_event
  WITH CHECK (organisation_id IS NOT DISTINCT FROM app_current_organisation_id()
              AND chain_position IS NULL AND hash IS NULL AND previous_hash IS NULL);
ALTER POLICY audit_event_read ON audit_event
  USING (organisation_id = app_current_organisation_id() OR subject_organisation_id = app_current_organisation_id());
DROP TRIGGER audit_event_owner_notice ON audit_event;
DROP FUNCTION audit_event_notify_owner();
DROP TABLE audit_notice;
CREATE OR REPLACE FUNCTION audit_event_fill_subject() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  BEGIN
    IF NEW.subject_organisation_id IS NULL AND NEW.entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      NEW.subject_organisation_id := CASE NEW.entity_type
        WHEN 'case' THEN (SELECT organisation_id FROM referral_case WHERE id = NEW.entity_id::uuid)
        WHEN 'referral' THEN (SELECT organisation_id FROM referral WHERE id = NEW.entity_id::uuid)
        WHEN 'consent' THEN (SELECT organisation_id FROM consent WHERE id = NEW.entity_id::uuid)
        WHEN 'attachment' THEN (SELECT organisation_id FROM attachment WHERE id = NEW.entity_id::uuid)
        WHEN 'agreement' THEN (SELECT proposed_by_organisation_id FROM cooperation_agreement WHERE id = NEW.entity_id::uuid)
        ELSE NULL END;
    END IF;
    NEW.subject_organisation_id := coalesce(NEW.subject_organisation_id, NEW.organisation_id);
    RETURN NEW;
  END
  $$;

-- Staff names and notifications
CREATE OR REPLACE FUNCTION app_expire_referrals() RETURNS TABLE (referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_referral record;
  BEGIN
    FOR v_referral IN
      UPDATE referral r SET status = 'EXPIRED'
       WHERE r.status = 'PENDING' AND r.expires_at <= now()
      RETURNING r.id, r.organisation_id, r.to_organisation_id, r.case_id, r.sent_by_user_id
    LOOP
      INSERT INTO audit_event (subject_organisation_id, action, entity_type, entity_id, details)
      VALUES (v_referral.organisation_id, 'referral.expire', 'referral', v_referral.id::text,
              jsonb_build_object('caseId', v_referral.case_id, 'to', v_referral.to_organisation_id));
      PERFORM app_notify('REFERRAL_EXPIRED',
                         jsonb_build_object('caseNumber', c.number, 'partner', o.name),
                         v_referral.case_id, v_referral.id, NULL, ARRAY[v_referral.sent_by_user_id, c.responsible_user_id], NULL, NULL, NULL)
         FROM referral_case c, organisation o
        WHERE c.id = v_referral.case_id AND o.id = v_referral.to_organisation_id;
      referral_id := v_referral.id;
      organisation_id := v_referral.organisation_id;
      to_organisation_id := v_referral.to_organisation_id;
      case_id := v_referral.case_id;
      RETURN NEXT;
    END LOOP;
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify_due_actions() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_action record;
    v_count integer := 0;
  BEGIN
    FOR v_action IN
      SELECT a.id, a.session_id, a.owner_user_id, a.description, a.due_on FROM supervision_action a
       WHERE NOT a.done AND a.due_on <= current_date + 1 AND a.due_notified_at IS NULL
       FOR UPDATE SKIP LOCKED
    LOOP
      UPDATE supervision_action SET due_notified_at = now() WHERE id = v_action.id;
      v_count := v_count + app_notify('SUPERVISION_ACTION_DUE', jsonb_build_object('action', left(v_action.description, 120), 'date', v_action.due_on),
                                      NULL, NULL, v_action.session_id, ARRAY[v_action.owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify_overdue_follow_ups() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_visit record;
    v_count integer := 0;
  BEGIN
    FOR v_visit IN
      SELECT v.id, v.case_id, v.owner_organisation_id, v.partner_organisation_id, c.number, c.responsible_user_id, v.next_visit_on
        FROM follow_up_visit v JOIN referral_case c ON c.id = v.case_id
       WHERE v.next_visit_on < current_date AND v.overdue_notified_at IS NULL AND c.status <> 'CLOSED'
         AND NOT EXISTS (SELECT 1 FROM follow_up_visit later
                          WHERE later.case_id = v.case_id AND (later.visited_on, later.recorded_at) > (v.visited_on, v.recorded_at))
       FOR UPDATE OF v SKIP LOCKED
    LOOP
      UPDATE follow_up_visit SET overdue_notified_at = now() WHERE id = v_visit.id;
      v_count := v_count + app_notify('FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                      v_visit.case_id, NULL, NULL, ARRAY[v_visit.responsible_user_id], NULL, NULL, NULL)
                         + app_notify('FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                      v_visit.case_id, NULL, NULL, NULL, v_visit.partner_organisation_id, ARRAY['PARTNER_CASEWORKER'], NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify(p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid,
                                      p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_row record;
    v_count integer := 0;
    v_from uuid := app_current_organisation_id();
  BEGIN
    FOR v_row IN
      INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, session_id)
      SELECT u.id, u.organisation_id, p_kind, coalesce(p_params, '{}'), p_case, p_referral, p_session
        FROM app_user u
       WHERE u.active AND u.id IS DISTINCT FROM p_except
         AND ((p_users IS NOT NULL AND u.id = ANY (p_users))
              OR (p_organisation IS NOT NULL AND u.organisation_id = p_organisation AND u.roles && p_roles))
         AND (v_from IS NULL OR u.organisation_id = v_from
              OR EXISTS (SELECT 1 FROM agreement_party mine JOIN agreement_party theirs ON theirs.agreement_id = mine.agreement_id
                           JOIN cooperation_agreement a ON a.id = mine.agreement_id
                          WHERE mine.organisation_id = v_from AND theirs.organisation_id = u.organisation_id
                            AND a.terminated_at IS NULL AND current_date BETWEEN a.valid_from AND a.valid_to))
      RETURNING id, recipient_user_id, recipient_organisation_id
    LOOP
      PERFORM pg_notify('cirkel_notification',
        json_build_object('id', v_row.id, 'user', v_row.recipient_user_id, 'organisation', v_row.recipient_organisation_id)::text);
      v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
  END
  $$;
DROP FUNCTION app_notify_as(uuid, text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid);

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

-- Supervision
ALTER POLICY supervision_case_link_write ON supervision_case_link WITH CHECK (app_supervision_editable(session_id));
ALTER POLICY supervision_comment_write ON supervision_comment
  WITH CHECK (app_supervision_visible(session_id) AND author_user_id = app_current_user_id()
              AND author_organisation_id = app_current_organisation_id());
ALTER POLICY supervision_action_done ON supervision_action WITH CHECK (app_supervision_visible(session_id));
ALTER POLICY supervision_action_write ON supervision_action WITH CHECK (app_supervision_editable(session_id));
ALTER POLICY supervision_participant_write ON supervision_participant WITH CHECK (app_supervision_editable(session_id));
ALTER POLICY supervision_session_update ON supervision_session WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY supervision_session_write ON supervision_session
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR')
              AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'));
ALTER POLICY supervision_session_read ON supervision_session
  USING (organisation_id = app_current_organisation_id()
         OR (partner_organisation_id = app_current_organisation_id()
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));
CREATE OR REPLACE FUNCTION app_supervision_visible(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
       WHERE s.id = p_session
         AND (s.organisation_id = app_current_organisation_id()
              OR (s.partner_organisation_id = app_current_organisation_id()
                  AND app_agreement_between(s.organisation_id, s.partner_organisation_id, 'SUPERVISION'))))
  $$;

-- Messages
ALTER POLICY message_read_self ON message_read
  USING (user_id = app_current_user_id() AND app_current_organisation_id() IS NOT NULL)
  WITH CHECK (user_id = app_current_user_id() AND app_current_organisation_id() IS NOT NULL);
ALTER POLICY case_message_write ON case_message
  WITH CHECK (author_organisation_id = app_current_organisation_id() AND author_user_id = app_current_user_id()
              AND ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
                   OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
                       AND app_referral_receiver_access(referral_id))));

-- Follow-up
ALTER POLICY sustainability_assessment_partner ON sustainability_assessment
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
ALTER POLICY follow_up_visit_partner ON follow_up_visit
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
ALTER POLICY plan_goal_partner ON plan_goal
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
ALTER POLICY reintegration_plan_partner ON reintegration_plan
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
ALTER POLICY arrival_partner ON arrival
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
CREATE OR REPLACE FUNCTION app_follow_up_access(p_case uuid, p_owner uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r
       WHERE r.case_id = p_case AND r.organisation_id = p_owner AND r.to_organisation_id = app_current_organisation_id()
         AND r.status = 'ACCEPTED'
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
         AND app_agreement_between(r.organisation_id, r.to_organisation_id, 'FOLLOW_UP'))
  $$;

-- Referrals
GRANT UPDATE (decline_reason, responded_by_user_id, responded_at) ON referral TO :"app_role";
ALTER POLICY referral_update ON referral
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY referral_send ON referral
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY referral_read ON referral
  USING (organisation_id = app_current_organisation_id()
         OR (to_organisation_id = app_current_organisation_id()
             AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections)));

-- Consent
DROP POLICY consent_withdraw ON consent;
DROP POLICY consent_record ON consent;
DROP POLICY consent_read ON consent;
CREATE POLICY consent_tenant ON consent TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));

-- Cases and their sections
ALTER POLICY attachment_tenant ON attachment
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY case_status_change_insert ON case_status_change
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY case_status_change_read ON case_status_change
  USING (organisation_id = app_current_organisation_id() OR app_partner_sections(case_id) IS NOT NULL);
ALTER POLICY returnee_health_owner_rw ON returnee_health
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'));
ALTER POLICY case_needs_owner_rw ON case_needs
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY household_member_owner_rw ON household_member
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY returnee_contact_owner_rw ON returnee_contact
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY returnee_owner_rw ON returnee
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY referral_case_owner_update ON referral_case
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY referral_case_owner_insert ON referral_case
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY referral_case_owner_read ON referral_case
  USING (organisation_id = app_current_organisation_id() OR app_partner_sections(id) IS NOT NULL);
ALTER POLICY case_number_counter_tenant ON case_number_counter
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());

-- Agreements
ALTER POLICY agreement_party_confirm ON agreement_party
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
ALTER POLICY agreement_party_propose ON agreement_party
  WITH CHECK (EXISTS (SELECT 1 FROM cooperation_agreement a
                       WHERE a.id = agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id())
              AND (confirmed_at IS NULL OR organisation_id = app_current_organisation_id()));
ALTER POLICY cooperation_agreement_terminate ON cooperation_agreement
  USING (app_is_agreement_party(id))
  WITH CHECK (terminated_by_organisation_id = app_current_organisation_id());
ALTER POLICY cooperation_agreement_propose ON cooperation_agreement
  WITH CHECK (proposed_by_organisation_id = app_current_organisation_id());

-- Helpers
DROP FUNCTION app_audit_subject_allowed(uuid, text, text, text);
DROP FUNCTION app_supervision_case_linkable(uuid, uuid);
DROP FUNCTION app_supervision_member(uuid, uuid, uuid);
DROP FUNCTION app_agreement_between_any(uuid, uuid);
DROP FUNCTION app_referral_agreement(uuid, uuid, timestamptz);
DROP FUNCTION app_owns_case(uuid);

CREATE OR REPLACE FUNCTION app_supervision_candidates(p_partner uuid) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.active
       AND (u.organisation_id = app_current_organisation_id()
            OR (u.organisation_id = p_partner AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;
ALTER FUNCTION app_supervision_editable(uuid) SET search_path = pg_catalog, public;
ALTER FUNCTION app_referral_receiver_access(uuid) SET search_path = pg_catalog, public;
ALTER FUNCTION app_agreement_between(uuid, uuid, text) SET search_path = pg_catalog, public;
ALTER FUNCTION audit_seal() SET search_path = pg_catalog, public;
ALTER FUNCTION app_answer_referral(uuid, text, text) SET search_path = pg_catalog, public;
ALTER FUNCTION app_partner_sections(uuid) SET search_path = pg_catalog, public;
ALTER FUNCTION app_referral_gives_access(uuid, uuid, uuid, text, timestamptz, text[]) SET search_path = pg_catalog, public;
ALTER FUNCTION app_agreement_in_force(uuid, text) SET search_path = pg_catalog, public;
ALTER FUNCTION app_is_agreement_party(uuid) SET search_path = pg_catalog, public;
