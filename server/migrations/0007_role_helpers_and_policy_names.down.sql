-- Back to 0005: the bypass policies get their old names back, the policies and the three policy
-- helpers name their roles inline again (the same roles as with the helpers), and the role-set
-- helpers go.

-- 3. The owner's bypass policies -----------------------------------------------------------------

ALTER POLICY organisation_schema_owner_bypass ON organisation RENAME TO organisation_owner;
ALTER POLICY app_user_schema_owner_bypass ON app_user RENAME TO app_user_owner;
ALTER POLICY login_throttle_schema_owner_bypass ON login_throttle RENAME TO login_throttle_owner;
ALTER POLICY refresh_token_schema_owner_bypass ON refresh_token RENAME TO refresh_token_owner;
ALTER POLICY secret_schema_owner_bypass ON auth.secret RENAME TO secret_owner;
ALTER POLICY cooperation_agreement_schema_owner_bypass ON cooperation_agreement RENAME TO cooperation_agreement_owner;
ALTER POLICY agreement_party_schema_owner_bypass ON agreement_party RENAME TO agreement_party_owner;
ALTER POLICY case_number_counter_schema_owner_bypass ON case_number_counter RENAME TO case_number_counter_owner;
ALTER POLICY referral_case_schema_owner_bypass ON referral_case RENAME TO referral_case_owner;
ALTER POLICY returnee_schema_owner_bypass ON returnee RENAME TO returnee_owner;
ALTER POLICY returnee_contact_schema_owner_bypass ON returnee_contact RENAME TO returnee_contact_owner;
ALTER POLICY household_member_schema_owner_bypass ON household_member RENAME TO household_member_owner;
ALTER POLICY case_needs_schema_owner_bypass ON case_needs RENAME TO case_needs_owner;
ALTER POLICY returnee_health_schema_owner_bypass ON returnee_health RENAME TO returnee_health_owner;
ALTER POLICY case_status_change_schema_owner_bypass ON case_status_change RENAME TO case_status_change_owner;
ALTER POLICY attachment_schema_owner_bypass ON attachment RENAME TO attachment_owner;
ALTER POLICY consent_schema_owner_bypass ON consent RENAME TO consent_owner;
ALTER POLICY referral_schema_owner_bypass ON referral RENAME TO referral_owner;
ALTER POLICY audit_event_schema_owner_bypass ON audit_event RENAME TO audit_event_owner;
ALTER POLICY audit_chain_head_schema_owner_bypass ON audit_chain_head RENAME TO audit_chain_head_owner;
ALTER POLICY audit_notice_schema_owner_bypass ON audit_notice RENAME TO audit_notice_owner;
ALTER POLICY arrival_schema_owner_bypass ON arrival RENAME TO arrival_owner;
ALTER POLICY reintegration_plan_schema_owner_bypass ON reintegration_plan RENAME TO reintegration_plan_owner;
ALTER POLICY plan_goal_schema_owner_bypass ON plan_goal RENAME TO plan_goal_owner;
ALTER POLICY follow_up_visit_schema_owner_bypass ON follow_up_visit RENAME TO follow_up_visit_owner;
ALTER POLICY sustainability_assessment_schema_owner_bypass ON sustainability_assessment RENAME TO sustainability_assessment_owner;
ALTER POLICY case_message_schema_owner_bypass ON case_message RENAME TO case_message_owner;
ALTER POLICY message_read_schema_owner_bypass ON message_read RENAME TO message_read_owner;
ALTER POLICY supervision_session_schema_owner_bypass ON supervision_session RENAME TO supervision_session_owner;
ALTER POLICY supervision_participant_schema_owner_bypass ON supervision_participant RENAME TO supervision_participant_owner;
ALTER POLICY supervision_note_revision_schema_owner_bypass ON supervision_note_revision RENAME TO supervision_note_revision_owner;
ALTER POLICY supervision_action_schema_owner_bypass ON supervision_action RENAME TO supervision_action_owner;
ALTER POLICY supervision_comment_schema_owner_bypass ON supervision_comment RENAME TO supervision_comment_owner;
ALTER POLICY supervision_case_link_schema_owner_bypass ON supervision_case_link RENAME TO supervision_case_link_owner;
ALTER POLICY notification_schema_owner_bypass ON notification RENAME TO notification_owner;

-- 2. Policies and policy helpers, with their roles inline ----------------------------------------

-- Organisations and people
ALTER POLICY organisation_own_update ON organisation
  USING (id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'))
  WITH CHECK (id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));
ALTER POLICY app_user_create ON app_user
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));
ALTER POLICY app_user_manage ON app_user
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR')
         AND id IS DISTINCT FROM app_current_user_id())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR')
              AND id IS DISTINCT FROM app_current_user_id());

-- Agreements
ALTER POLICY cooperation_agreement_propose ON cooperation_agreement
  WITH CHECK (proposed_by_organisation_id = app_current_organisation_id() AND proposed_by_user_id = app_current_user_id()
              AND app_current_user_has_role('COORDINATOR'));
ALTER POLICY cooperation_agreement_terminate ON cooperation_agreement
  USING (app_is_agreement_party(id) AND terminated_at IS NULL AND app_current_user_has_role('COORDINATOR'));
ALTER POLICY agreement_party_propose ON agreement_party
  WITH CHECK (EXISTS (SELECT 1 FROM cooperation_agreement a
                       WHERE a.id = agreement_party.agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id())
              AND app_current_user_has_role('COORDINATOR')
              AND ((confirmed_at IS NULL AND confirmed_by_user_id IS NULL)
                   OR (organisation_id = app_current_organisation_id() AND confirmed_by_user_id = app_current_user_id())));
ALTER POLICY agreement_party_confirm ON agreement_party
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));

-- Cases and their sections
ALTER POLICY case_number_counter_tenant ON case_number_counter
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'));
ALTER POLICY referral_case_owner_read ON referral_case
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND app_partner_sections(id) IS NOT NULL));
ALTER POLICY referral_case_owner_insert ON referral_case
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND created_by_user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = referral_case.responsible_user_id
                                                     AND u.organisation_id = app_current_organisation_id()));
ALTER POLICY referral_case_owner_update ON referral_case
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = referral_case.responsible_user_id
                                                     AND u.organisation_id = app_current_organisation_id()));

ALTER POLICY returnee_owner_rw ON returnee
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') AND app_owns_case(case_id));
ALTER POLICY returnee_partner_read ON returnee
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'IDENTITY' = ANY (app_partner_sections(case_id)));
ALTER POLICY returnee_contact_owner_rw ON returnee_contact
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') AND app_owns_case(case_id));
ALTER POLICY returnee_contact_partner_read ON returnee_contact
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'CONTACT' = ANY (app_partner_sections(case_id)));
ALTER POLICY household_member_owner_rw ON household_member
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') AND app_owns_case(case_id));
ALTER POLICY household_member_partner_read ON household_member
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'HOUSEHOLD' = ANY (app_partner_sections(case_id)));
ALTER POLICY case_needs_owner_rw ON case_needs
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') AND app_owns_case(case_id));
ALTER POLICY case_needs_partner_read ON case_needs
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'NEEDS' = ANY (app_partner_sections(case_id)));
-- Health: case staff of the owner, and partner caseworkers (follow-up staff) it is shared with.
ALTER POLICY returnee_health_owner_rw ON returnee_health
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR') AND app_owns_case(case_id));
ALTER POLICY returnee_health_partner_read ON returnee_health
  USING (app_current_user_has_role('PARTNER_CASEWORKER') AND 'HEALTH' = ANY (app_partner_sections(case_id)));

ALTER POLICY case_status_change_read ON case_status_change
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND app_partner_sections(case_id) IS NOT NULL));
ALTER POLICY case_status_change_insert ON case_status_change
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND app_owns_case(case_id) AND changed_by_user_id = app_current_user_id());

ALTER POLICY attachment_tenant ON attachment
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND uploaded_by_user_id = app_current_user_id());

-- Consent
ALTER POLICY consent_read ON consent
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY consent_record ON consent
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND app_owns_case(case_id) AND recorded_by_user_id = app_current_user_id()
              AND withdrawn_at IS NULL AND withdrawn_by_user_id IS NULL
              AND (form_attachment_id IS NULL
                   OR EXISTS (SELECT 1 FROM attachment a WHERE a.id = consent.form_attachment_id
                                                           AND a.organisation_id = app_current_organisation_id())));
ALTER POLICY consent_withdraw ON consent
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR') AND withdrawn_at IS NULL);

-- Referrals
ALTER POLICY referral_read ON referral
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (to_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
             AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections)));
ALTER POLICY referral_send ON referral
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND sent_by_user_id = app_current_user_id() AND status = 'PENDING'
              AND app_owns_case(case_id)
              AND app_referral_agreement(agreement_id, to_organisation_id, expires_at)
              AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections));
ALTER POLICY referral_update ON referral
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
         AND status IN ('PENDING', 'ACCEPTED'));

-- As in 0002 (search_path from 0004).
CREATE OR REPLACE FUNCTION app_answer_referral(p_referral uuid, p_status text, p_reason text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    IF p_status NOT IN ('ACCEPTED', 'DECLINED') OR (p_status = 'DECLINED') <> (nullif(btrim(p_reason), '') IS NOT NULL)
       OR NOT app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') THEN
      RETURN false;
    END IF;
    UPDATE referral r
       SET status = p_status, decline_reason = CASE WHEN p_status = 'DECLINED' THEN btrim(p_reason) END,
           responded_by_user_id = app_current_user_id(), responded_at = now()
     WHERE r.id = p_referral AND r.to_organisation_id = app_current_organisation_id() AND r.status = 'PENDING'
       AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections);
    RETURN FOUND;
  END
  $$;

-- Follow-up: the owner's case readers read; the partner's partner staff read, its follow-up staff write.
ALTER POLICY arrival_referrer_read ON arrival
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY arrival_partner ON arrival
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY reintegration_plan_referrer_read ON reintegration_plan
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY reintegration_plan_partner ON reintegration_plan
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND updated_by_user_id = app_current_user_id());
ALTER POLICY plan_goal_referrer_read ON plan_goal
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY plan_goal_partner ON plan_goal
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id)
              AND EXISTS (SELECT 1 FROM reintegration_plan p WHERE p.id = plan_goal.plan_id AND p.case_id = plan_goal.case_id));
ALTER POLICY follow_up_visit_referrer_read ON follow_up_visit
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY follow_up_visit_partner ON follow_up_visit
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY sustainability_assessment_referrer_read ON sustainability_assessment
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
ALTER POLICY sustainability_assessment_partner ON sustainability_assessment
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());

-- Messages
ALTER POLICY case_message_read ON case_message
  USING ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
             AND app_referral_receiver_access(referral_id)));
ALTER POLICY case_message_write ON case_message
  WITH CHECK (author_organisation_id = app_current_organisation_id() AND author_user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM referral r
                           WHERE r.id = case_message.referral_id AND r.case_id = case_message.case_id
                             AND r.organisation_id = case_message.owner_organisation_id
                             AND r.to_organisation_id = case_message.partner_organisation_id)
              AND ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
                   OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
                       AND app_referral_receiver_access(referral_id))));

-- Supervision
ALTER POLICY supervision_session_read ON supervision_session
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));
ALTER POLICY supervision_session_write ON supervision_session
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR')
              AND created_by_user_id = app_current_user_id()
              AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'));
ALTER POLICY supervision_session_update ON supervision_session
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR'));

-- As in 0004.
CREATE OR REPLACE FUNCTION app_supervision_visible(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
       WHERE s.id = p_session
         AND ((s.organisation_id = app_current_organisation_id()
               AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
              OR (s.partner_organisation_id = app_current_organisation_id()
                  AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
                  AND app_agreement_between(s.organisation_id, s.partner_organisation_id, 'SUPERVISION'))))
  $$;

-- As in 0003 (search_path from 0004).
CREATE OR REPLACE FUNCTION app_supervision_editable(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM supervision_session s
                    WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id())
       AND app_current_user_has_role('SUPERVISOR')
  $$;

-- Audit trail: coordinators only.
ALTER POLICY audit_event_read ON audit_event
  USING (app_current_user_has_role('COORDINATOR')
         AND (organisation_id = app_current_organisation_id() OR subject_organisation_id = app_current_organisation_id()
              OR EXISTS (SELECT 1 FROM audit_notice n WHERE n.event_id = audit_event.id)));
ALTER POLICY audit_notice_read ON audit_notice
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));

-- 1. Role-set helpers ----------------------------------------------------------------------------

DROP FUNCTION app_has_personal_data_role();
DROP FUNCTION app_is_coordinator();
DROP FUNCTION app_is_supervisor();
DROP FUNCTION app_is_follow_up_staff();
DROP FUNCTION app_is_partner_staff();
DROP FUNCTION app_is_case_reader();
DROP FUNCTION app_is_case_staff();
