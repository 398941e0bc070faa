-- Role sets by name, and policy names that say what they are. No rule changes meaning.
--
-- 1. One SQL helper per role set of server/src/core/access/role-sets.ts (ROLE_SETS), reading the
--    current actor's roles (app.roles) through app_current_user_has_role() exactly as the
--    policies did with their inline arrays. server/test/access/role-sets.test.ts checks that each
--    helper answers true for exactly the members of its set.
-- 2. Every policy (and the three policy helpers) that named roles inline calls the helper
--    instead: same roles, same other conditions.
-- 3. The owner's bypass policies (`TO CURRENT_USER USING (true)`, which let migrations, seeding
--    and the audit verifier see every row under FORCE ROW LEVEL SECURITY) were called
--    `<table>_owner`, next to `referral_case_owner_read` and friends, which are about the owning
--    *organisation*. They become `<table>_schema_owner_bypass`.
--
-- The current text of every function, these helpers included, is in migrations/functions/; the
-- current policies are in migrations/schema-snapshot.sql.

-- 1. Role-set helpers ----------------------------------------------------------------------------

-- CASE_STAFF: open, edit and refer their office's cases, record consent, read health.
CREATE FUNCTION app_is_case_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR') $$;

-- CASE_READERS: read their own office's cases (personal sections but health).
CREATE FUNCTION app_is_case_reader() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') $$;

-- PARTNER_STAFF: answer referrals received and read what they share.
CREATE FUNCTION app_is_partner_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') $$;

-- FOLLOW_UP_STAFF: record arrival, plans, visits and assessments, and read shared health.
CREATE FUNCTION app_is_follow_up_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('PARTNER_CASEWORKER') $$;

-- SUPERVISORS: record and edit supervision sessions.
CREATE FUNCTION app_is_supervisor() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('SUPERVISOR') $$;

-- COORDINATORS: manage the organisation's users and agreements, and read the audit trail.
CREATE FUNCTION app_is_coordinator() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('COORDINATOR') $$;

-- PERSONAL_DATA: every role that works with personal data (all but ANALYST).
CREATE FUNCTION app_has_personal_data_role() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'PARTNER_CASEWORKER', 'COORDINATOR') $$;

-- 2. Policies and policy helpers that named roles inline -------------------------------------------

-- Organisations and people
ALTER POLICY organisation_own_update ON organisation
  USING (id = app_current_organisation_id() AND app_is_coordinator())
  WITH CHECK (id = app_current_organisation_id() AND app_is_coordinator());
ALTER POLICY app_user_create ON app_user
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_coordinator());
ALTER POLICY app_user_manage ON app_user
  USING (organisation_id = app_current_organisation_id() AND app_is_coordinator()
         AND id IS DISTINCT FROM app_current_user_id())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_coordinator()
              AND id IS DISTINCT FROM app_current_user_id());

-- Agreements
ALTER POLICY cooperation_agreement_propose ON cooperation_agreement
  WITH CHECK (proposed_by_organisation_id = app_current_organisation_id() AND proposed_by_user_id = app_current_user_id()
              AND app_is_coordinator());
ALTER POLICY cooperation_agreement_terminate ON cooperation_agreement
  USING (app_is_agreement_party(id) AND terminated_at IS NULL AND app_is_coordinator());
ALTER POLICY agreement_party_propose ON agreement_party
  WITH CHECK (EXISTS (SELECT 1 FROM cooperation_agreement a
                       WHERE a.id = agreement_party.agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id())
              AND app_is_coordinator()
              AND ((confirmed_at IS NULL AND confirmed_by_user_id IS NULL)
                   OR (organisation_id = app_current_organisation_id() AND confirmed_by_user_id = app_current_user_id())));
ALTER POLICY agreement_party_confirm ON agreement_party
  USING (organisation_id = app_current_organisation_id() AND app_is_coordinator());

-- Cases and their sections
ALTER POLICY case_number_counter_tenant ON case_number_counter
  USING (organisation_id = app_current_organisation_id() AND app_is_case_staff())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff());
ALTER POLICY referral_case_owner_read ON referral_case
  USING ((organisation_id = app_current_organisation_id() AND app_is_case_reader())
         OR (app_is_partner_staff() AND app_partner_sections(id) IS NOT NULL));
ALTER POLICY referral_case_owner_insert ON referral_case
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff()
              AND created_by_user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = referral_case.responsible_user_id
                                                     AND u.organisation_id = app_current_organisation_id()));
ALTER POLICY referral_case_owner_update ON referral_case
  USING (organisation_id = app_current_organisation_id() AND app_is_case_staff())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff()
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = referral_case.responsible_user_id
                                                     AND u.organisation_id = app_current_organisation_id()));

ALTER POLICY returnee_owner_rw ON returnee
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_reader() AND app_owns_case(case_id));
ALTER POLICY returnee_partner_read ON returnee
  USING (app_is_partner_staff() AND 'IDENTITY' = ANY (app_partner_sections(case_id)));
ALTER POLICY returnee_contact_owner_rw ON returnee_contact
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_reader() AND app_owns_case(case_id));
ALTER POLICY returnee_contact_partner_read ON returnee_contact
  USING (app_is_partner_staff() AND 'CONTACT' = ANY (app_partner_sections(case_id)));
ALTER POLICY household_member_owner_rw ON household_member
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_reader() AND app_owns_case(case_id));
ALTER POLICY household_member_partner_read ON household_member
  USING (app_is_partner_staff() AND 'HOUSEHOLD' = ANY (app_partner_sections(case_id)));
ALTER POLICY case_needs_owner_rw ON case_needs
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_reader() AND app_owns_case(case_id));
ALTER POLICY case_needs_partner_read ON case_needs
  USING (app_is_partner_staff() AND 'NEEDS' = ANY (app_partner_sections(case_id)));
-- Health: case staff of the owner, and partner caseworkers (follow-up staff) it is shared with.
ALTER POLICY returnee_health_owner_rw ON returnee_health
  USING (organisation_id = app_current_organisation_id() AND app_is_case_staff())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff() AND app_owns_case(case_id));
ALTER POLICY returnee_health_partner_read ON returnee_health
  USING (app_is_follow_up_staff() AND 'HEALTH' = ANY (app_partner_sections(case_id)));

ALTER POLICY case_status_change_read ON case_status_change
  USING ((organisation_id = app_current_organisation_id() AND app_is_case_reader())
         OR (app_is_partner_staff() AND app_partner_sections(case_id) IS NOT NULL));
ALTER POLICY case_status_change_insert ON case_status_change
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff()
              AND app_owns_case(case_id) AND changed_by_user_id = app_current_user_id());

ALTER POLICY attachment_tenant ON attachment
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_reader()
              AND uploaded_by_user_id = app_current_user_id());

-- Consent
ALTER POLICY consent_read ON consent
  USING (organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY consent_record ON consent
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff()
              AND app_owns_case(case_id) AND recorded_by_user_id = app_current_user_id()
              AND withdrawn_at IS NULL AND withdrawn_by_user_id IS NULL
              AND (form_attachment_id IS NULL
                   OR EXISTS (SELECT 1 FROM attachment a WHERE a.id = consent.form_attachment_id
                                                           AND a.organisation_id = app_current_organisation_id())));
ALTER POLICY consent_withdraw ON consent
  USING (organisation_id = app_current_organisation_id() AND app_is_case_staff() AND withdrawn_at IS NULL);

-- Referrals
ALTER POLICY referral_read ON referral
  USING ((organisation_id = app_current_organisation_id() AND app_is_case_reader())
         OR (to_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
             AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections)));
ALTER POLICY referral_send ON referral
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_case_staff()
              AND sent_by_user_id = app_current_user_id() AND status = 'PENDING'
              AND app_owns_case(case_id)
              AND app_referral_agreement(agreement_id, to_organisation_id, expires_at)
              AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections));
ALTER POLICY referral_update ON referral
  USING (organisation_id = app_current_organisation_id() AND app_is_case_staff()
         AND status IN ('PENDING', 'ACCEPTED'));

-- The receiving organisation's partner staff accept or decline a referral that gives access now.
CREATE OR REPLACE FUNCTION app_answer_referral(p_referral uuid, p_status text, p_reason text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    IF p_status NOT IN ('ACCEPTED', 'DECLINED') OR (p_status = 'DECLINED') <> (nullif(btrim(p_reason), '') IS NOT NULL)
       OR NOT app_is_partner_staff() THEN
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
  USING (owner_organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY arrival_partner ON arrival
  USING (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_is_follow_up_staff()
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY reintegration_plan_referrer_read ON reintegration_plan
  USING (owner_organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY reintegration_plan_partner ON reintegration_plan
  USING (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_is_follow_up_staff()
              AND app_follow_up_access(case_id, owner_organisation_id) AND updated_by_user_id = app_current_user_id());
ALTER POLICY plan_goal_referrer_read ON plan_goal
  USING (owner_organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY plan_goal_partner ON plan_goal
  USING (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_is_follow_up_staff()
              AND app_follow_up_access(case_id, owner_organisation_id)
              AND EXISTS (SELECT 1 FROM reintegration_plan p WHERE p.id = plan_goal.plan_id AND p.case_id = plan_goal.case_id));
ALTER POLICY follow_up_visit_referrer_read ON follow_up_visit
  USING (owner_organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY follow_up_visit_partner ON follow_up_visit
  USING (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_is_follow_up_staff()
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY sustainability_assessment_referrer_read ON sustainability_assessment
  USING (owner_organisation_id = app_current_organisation_id() AND app_is_case_reader());
ALTER POLICY sustainability_assessment_partner ON sustainability_assessment
  USING (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_is_follow_up_staff()
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());

-- Messages
ALTER POLICY case_message_read ON case_message
  USING ((owner_organisation_id = app_current_organisation_id() AND app_is_case_reader())
         OR (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
             AND app_referral_receiver_access(referral_id)));
ALTER POLICY case_message_write ON case_message
  WITH CHECK (author_organisation_id = app_current_organisation_id() AND author_user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM referral r
                           WHERE r.id = case_message.referral_id AND r.case_id = case_message.case_id
                             AND r.organisation_id = case_message.owner_organisation_id
                             AND r.to_organisation_id = case_message.partner_organisation_id)
              AND ((owner_organisation_id = app_current_organisation_id() AND app_is_case_reader())
                   OR (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
                       AND app_referral_receiver_access(referral_id))));

-- Supervision
ALTER POLICY supervision_session_read ON supervision_session
  USING ((organisation_id = app_current_organisation_id() AND app_is_case_reader())
         OR (partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));
ALTER POLICY supervision_session_write ON supervision_session
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_supervisor()
              AND created_by_user_id = app_current_user_id()
              AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'));
ALTER POLICY supervision_session_update ON supervision_session
  USING (organisation_id = app_current_organisation_id() AND app_is_supervisor())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_is_supervisor());

-- A session is visible to the case readers of its supervising organisation, and to the partner
-- staff of its partner while a SUPERVISION agreement between the two is in force.
CREATE OR REPLACE FUNCTION app_supervision_visible(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
       WHERE s.id = p_session
         AND ((s.organisation_id = app_current_organisation_id() AND app_is_case_reader())
              OR (s.partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
                  AND app_agreement_between(s.organisation_id, s.partner_organisation_id, 'SUPERVISION'))))
  $$;

-- The supervising side's supervisors write the session and everything in it but the comments.
CREATE OR REPLACE FUNCTION app_supervision_editable(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM supervision_session s
                    WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id())
       AND app_is_supervisor()
  $$;

-- Audit trail: coordinators only.
ALTER POLICY audit_event_read ON audit_event
  USING (app_is_coordinator()
         AND (organisation_id = app_current_organisation_id() OR subject_organisation_id = app_current_organisation_id()
              OR EXISTS (SELECT 1 FROM audit_notice n WHERE n.event_id = audit_event.id)));
ALTER POLICY audit_notice_read ON audit_notice
  USING (organisation_id = app_current_organisation_id() AND app_is_coordinator());

-- 3. The owner's bypass policies -----------------------------------------------------------------

ALTER POLICY organisation_owner ON organisation RENAME TO organisation_schema_owner_bypass;
ALTER POLICY app_user_owner ON app_user RENAME TO app_user_schema_owner_bypass;
ALTER POLICY login_throttle_owner ON login_throttle RENAME TO login_throttle_schema_owner_bypass;
ALTER POLICY refresh_token_owner ON refresh_token RENAME TO refresh_token_schema_owner_bypass;
ALTER POLICY secret_owner ON auth.secret RENAME TO secret_schema_owner_bypass;
ALTER POLICY cooperation_agreement_owner ON cooperation_agreement RENAME TO cooperation_agreement_schema_owner_bypass;
ALTER POLICY agreement_party_owner ON agreement_party RENAME TO agreement_party_schema_owner_bypass;
ALTER POLICY case_number_counter_owner ON case_number_counter RENAME TO case_number_counter_schema_owner_bypass;
ALTER POLICY referral_case_owner ON referral_case RENAME TO referral_case_schema_owner_bypass;
ALTER POLICY returnee_owner ON returnee RENAME TO returnee_schema_owner_bypass;
ALTER POLICY returnee_contact_owner ON returnee_contact RENAME TO returnee_contact_schema_owner_bypass;
ALTER POLICY household_member_owner ON household_member RENAME TO household_member_schema_owner_bypass;
ALTER POLICY case_needs_owner ON case_needs RENAME TO case_needs_schema_owner_bypass;
ALTER POLICY returnee_health_owner ON returnee_health RENAME TO returnee_health_schema_owner_bypass;
ALTER POLICY case_status_change_owner ON case_status_change RENAME TO case_status_change_schema_owner_bypass;
ALTER POLICY attachment_owner ON attachment RENAME TO attachment_schema_owner_bypass;
ALTER POLICY consent_owner ON consent RENAME TO consent_schema_owner_bypass;
ALTER POLICY referral_owner ON referral RENAME TO referral_schema_owner_bypass;
ALTER POLICY audit_event_owner ON audit_event RENAME TO audit_event_schema_owner_bypass;
ALTER POLICY audit_chain_head_owner ON audit_chain_head RENAME TO audit_chain_head_schema_owner_bypass;
ALTER POLICY audit_notice_owner ON audit_notice RENAME TO audit_notice_schema_owner_bypass;
ALTER POLICY arrival_owner ON arrival RENAME TO arrival_schema_owner_bypass;
ALTER POLICY reintegration_plan_owner ON reintegration_plan RENAME TO reintegration_plan_schema_owner_bypass;
ALTER POLICY plan_goal_owner ON plan_goal RENAME TO plan_goal_schema_owner_bypass;
ALTER POLICY follow_up_visit_owner ON follow_up_visit RENAME TO follow_up_visit_schema_owner_bypass;
ALTER POLICY sustainability_assessment_owner ON sustainability_assessment RENAME TO sustainability_assessment_schema_owner_bypass;
ALTER POLICY case_message_owner ON case_message RENAME TO case_message_schema_owner_bypass;
ALTER POLICY message_read_owner ON message_read RENAME TO message_read_schema_owner_bypass;
ALTER POLICY supervision_session_owner ON supervision_session RENAME TO supervision_session_schema_owner_bypass;
ALTER POLICY supervision_participant_owner ON supervision_participant RENAME TO supervision_participant_schema_owner_bypass;
ALTER POLICY supervision_note_revision_owner ON supervision_note_revision RENAME TO supervision_note_revision_schema_owner_bypass;
ALTER POLICY supervision_action_owner ON supervision_action RENAME TO supervision_action_schema_owner_bypass;
ALTER POLICY supervision_comment_owner ON supervision_comment RENAME TO supervision_comment_schema_owner_bypass;
ALTER POLICY supervision_case_link_owner ON supervision_case_link RENAME TO supervision_case_link_schema_owner_bypass;
ALTER POLICY notification_owner ON notification RENAME TO notification_schema_owner_bypass;
