-- Row-level security that holds even when a service has a bug, and no personal data or free text
-- for analysts.
--
-- Until now most write policies only checked that a new row carried the writer's organisation.
-- The application role could therefore tie such a row to someone else's case, referral or
-- thread (a consent and a referral on another organisation's case, a household member in
-- another organisation's case, a message in another thread, an event in another organisation's
-- audit trail), and the partner policies then showed the injected rows, or the case itself, to a
-- partner. Every write policy below ties the row to what the writer may touch; the services
-- check the same rules to give clear errors.
--
-- Write policies changed (WITH CHECK, and USING where it limits which rows may be changed):
--   cooperation_agreement_propose     coordinators; proposed_by_user_id is the writer
--   cooperation_agreement_terminate   coordinators of a party, only while not terminated; terminated_by_user_id is the writer
--   agreement_party_propose           coordinators; a party row starts confirmed only as the proposer's own, by the writer
--   agreement_party_confirm           coordinators; confirmed (not unconfirmed) by the writer
--   case_number_counter_tenant        caseworkers and supervisors (who open cases)
--   referral_case_owner_insert        caseworkers and supervisors; created_by is the writer; the responsible person is one's own colleague
--   referral_case_owner_update        caseworkers and supervisors; the responsible person is one's own colleague
--   returnee_owner_rw, returnee_contact_owner_rw, household_member_owner_rw, case_needs_owner_rw,
--   returnee_health_owner_rw          the row's case is a case the writer's organisation owns
--   case_status_change_insert         caseworkers and supervisors, on an own case, changed_by is the writer
--   attachment_tenant                 uploaded_by is the writer
--   consent_tenant → consent_read / consent_record / consent_withdraw
--                                     recorded on an own case by a caseworker or supervisor, by the writer, not
--                                     already withdrawn, with a signed form of one's own; withdrawn by the writer
--   referral_send                     caseworkers and supervisors, by the writer, PENDING, on an own case, under an
--                                     agreement in force with REFERRALS to which sender and receiver are both parties,
--                                     answer time no longer than the agreement's, with a consent that covers the sections
--   referral_update                   the sender's caseworkers and supervisors, only from PENDING or ACCEPTED, only to
--                                     EXPIRED (when past its time), REVOKED (by the writer) or COMPLETED; the answer
--                                     columns are no longer writable directly (app_answer_referral writes them)
--   arrival_partner, reintegration_plan_partner, follow_up_visit_partner, sustainability_assessment_partner,
--   plan_goal_partner                 recorded/updated by the writer; a goal belongs to the plan of its case; and
--                                     app_follow_up_access now also checks that the owner named is the case's owner
--   case_message_write                the referral, case, owner and partner of the message are those of one referral
--                                     row the writer may read
--   message_read_self                 the user is the current user, belongs to the current organisation, and may
--                                     read the referral
--   supervision_session_write         created_by is the writer
--   supervision_session_update        still a supervisor after the change
--   supervision_participant_write     the person belongs to the session's side or the partner's, with their real organisation
--   supervision_action_write          the action's owner belongs to one of the two sides
--   supervision_action_done           the new row too: by the owner or a supervisor of the supervising side
--   supervision_comment_write         participants and supervisors of the supervising side only
--   supervision_case_link_write       only cases of one's own, referred to the session's partner with access now
--   audit_event_append                actor_user_id is the current user (NULL when anonymous); the subject organisation
--                                     is the writer's own, or the owner of a case or referral that a referral links to
--                                     the writer (a partner writing about the case it was sent)
--   notification_recipient            reviewed, unchanged (no INSERT is granted; app_notify writes them)
--
-- Read policies changed (analysts see no personal data or free text; audit only for coordinators):
--   referral_case_owner_read, case_status_change_read, referral_read, supervision_session_read
--   (and app_supervision_visible, which the supervision child tables use), audit_event_read;
--   new: audit_notice_read.
--
-- Functions: every SECURITY DEFINER function outside the auth schema searches pg_temp last, so a
-- temporary table can never stand in for a real one. app_staff_names and app_notify count an
-- agreement only when every party confirmed it and it is in force; app_notify without an
-- organisation does nothing, and the periodic tasks use app_notify_as, which the application
-- role cannot call. A refused look at another organisation's entity no longer names its owner in
-- the prober's own event: the owner learns of it through audit_notice, which the prober cannot
-- read.

-- search_path: pg_temp last, for the definer functions this migration does not rewrite ---------

ALTER FUNCTION app_is_agreement_party(uuid) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_agreement_in_force(uuid, text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_referral_gives_access(uuid, uuid, uuid, text, timestamptz, text[]) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_partner_sections(uuid) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_answer_referral(uuid, text, text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION audit_seal() SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_agreement_between(uuid, uuid, text) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_referral_receiver_access(uuid) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION app_supervision_editable(uuid) SET search_path = pg_catalog, public, pg_temp;
-- The people offered for a session: those who may read it (no analysts), as app_supervision_member.
CREATE OR REPLACE FUNCTION app_supervision_candidates(p_partner uuid) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.active
       AND ((u.organisation_id = app_current_organisation_id() AND u.roles && ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR'])
            OR (u.organisation_id = p_partner AND u.roles && ARRAY['PARTNER_CASEWORKER', 'COORDINATOR']
                AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;

-- Helpers for the write policies -----------------------------------------------------------------

-- The case belongs to the current organisation. (Says nothing about anyone else's cases.)
CREATE FUNCTION app_owns_case(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM referral_case c WHERE c.id = p_case AND c.organisation_id = app_current_organisation_id())
  $$;

-- A referral from the current organisation to `p_to` may be sent under this agreement: both are
-- parties, it is in force with REFERRALS, and the answer time asked for is not longer than its own.
CREATE FUNCTION app_referral_agreement(p_agreement uuid, p_to uuid, p_expires_at timestamptz) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM cooperation_agreement a
        JOIN agreement_party sender ON sender.agreement_id = a.id AND sender.organisation_id = app_current_organisation_id()
        JOIN agreement_party receiver ON receiver.agreement_id = a.id AND receiver.organisation_id = p_to
       WHERE a.id = p_agreement
         AND p_expires_at <= now() + make_interval(days => a.response_time_days))
       AND app_agreement_in_force(p_agreement, 'REFERRALS')
  $$;

-- An agreement between two organisations that every party confirmed and that is in force today,
-- whatever its scope (enough to show a name or send a notification). Internal: not granted.
CREATE FUNCTION app_agreement_between_any(p_org_a uuid, p_org_b uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM agreement_party a
        JOIN agreement_party b ON b.agreement_id = a.agreement_id
        JOIN cooperation_agreement g ON g.id = a.agreement_id
       WHERE a.organisation_id = p_org_a AND b.organisation_id = p_org_b
         AND g.terminated_at IS NULL AND current_date BETWEEN g.valid_from AND g.valid_to
         AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = g.id AND p.confirmed_at IS NULL))
  $$;

-- A person may take part in, or own an action of, a session the current organisation supervises:
-- an active member of the supervising side or of the partner (and of `p_organisation`, when given)
-- who may read the session (an analyst may not).
CREATE FUNCTION app_supervision_member(p_session uuid, p_user uuid, p_organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s JOIN app_user u ON u.id = p_user
       WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id() AND u.active
         AND u.organisation_id IN (s.organisation_id, s.partner_organisation_id)
         AND u.roles && CASE WHEN u.organisation_id = s.organisation_id THEN ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR']
                             ELSE ARRAY['PARTNER_CASEWORKER', 'COORDINATOR'] END
         AND (p_organisation IS NULL OR u.organisation_id = p_organisation))
  $$;

-- A case may be linked to a session the current organisation supervises: it is one of its own,
-- referred to the session's partner by a referral that gives access now.
CREATE FUNCTION app_supervision_case_linkable(p_session uuid, p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
        JOIN referral r ON r.case_id = p_case AND r.organisation_id = s.organisation_id AND r.to_organisation_id = s.partner_organisation_id
       WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id()
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))
  $$;

-- Whom an audit event may be written as concerning: the writer's own organisation (or none, when
-- nobody is signed in), or the owner of a case or referral that a referral links to the writer's
-- organisation (a partner reading or answering what it was sent). When the event names a case in
-- its details, that must be the same case.
CREATE FUNCTION app_audit_subject_allowed(p_subject uuid, p_entity_type text, p_entity_id text, p_case text) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_org uuid := app_current_organisation_id();
    v_id uuid;
  BEGIN
    IF p_subject IS NOT DISTINCT FROM v_org THEN
      RETURN true;
    END IF;
    IF v_org IS NULL OR p_entity_type NOT IN ('case', 'referral') OR p_entity_id IS NULL
       OR p_entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      RETURN false;
    END IF;
    v_id := p_entity_id::uuid;
    RETURN EXISTS (
      SELECT 1 FROM referral r
       WHERE r.organisation_id = p_subject AND r.to_organisation_id = v_org
         AND ((p_entity_type = 'case' AND r.case_id = v_id) OR (p_entity_type = 'referral' AND r.id = v_id))
         AND (p_case IS NULL OR r.case_id::text = lower(p_case)));
  END
  $$;

REVOKE ALL ON FUNCTION app_owns_case(uuid), app_referral_agreement(uuid, uuid, timestamptz), app_agreement_between_any(uuid, uuid),
  app_supervision_member(uuid, uuid, uuid), app_supervision_case_linkable(uuid, uuid), app_audit_subject_allowed(uuid, text, text, text)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_owns_case(uuid), app_referral_agreement(uuid, uuid, timestamptz), app_supervision_member(uuid, uuid, uuid),
  app_supervision_case_linkable(uuid, uuid), app_audit_subject_allowed(uuid, text, text, text) TO :"app_role";

-- Agreements ----------------------------------------------------------------------------------

ALTER POLICY cooperation_agreement_propose ON cooperation_agreement
  WITH CHECK (proposed_by_organisation_id = app_current_organisation_id() AND proposed_by_user_id = app_current_user_id()
              AND app_current_user_has_role('COORDINATOR'));
ALTER POLICY cooperation_agreement_terminate ON cooperation_agreement
  USING (app_is_agreement_party(id) AND terminated_at IS NULL AND app_current_user_has_role('COORDINATOR'))
  WITH CHECK (terminated_by_organisation_id = app_current_organisation_id() AND terminated_by_user_id = app_current_user_id());
ALTER POLICY agreement_party_propose ON agreement_party
  WITH CHECK (EXISTS (SELECT 1 FROM cooperation_agreement a
                       WHERE a.id = agreement_party.agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id())
              AND app_current_user_has_role('COORDINATOR')
              AND ((confirmed_at IS NULL AND confirmed_by_user_id IS NULL)
                   OR (organisation_id = app_current_organisation_id() AND confirmed_by_user_id = app_current_user_id())));
ALTER POLICY agreement_party_confirm ON agreement_party
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND confirmed_at IS NOT NULL AND confirmed_by_user_id = app_current_user_id());

-- Cases and their sections ----------------------------------------------------------------------

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
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND app_owns_case(case_id));
ALTER POLICY returnee_contact_owner_rw ON returnee_contact
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND app_owns_case(case_id));
ALTER POLICY household_member_owner_rw ON household_member
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND app_owns_case(case_id));
ALTER POLICY case_needs_owner_rw ON case_needs
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND app_owns_case(case_id));
ALTER POLICY returnee_health_owner_rw ON returnee_health
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND app_owns_case(case_id));

ALTER POLICY case_status_change_read ON case_status_change
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND app_partner_sections(case_id) IS NOT NULL));
ALTER POLICY case_status_change_insert ON case_status_change
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND app_owns_case(case_id) AND changed_by_user_id = app_current_user_id());

ALTER POLICY attachment_tenant ON attachment
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR')
              AND uploaded_by_user_id = app_current_user_id());

-- Consent ---------------------------------------------------------------------------------------

DROP POLICY consent_tenant ON consent;
CREATE POLICY consent_read ON consent FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY consent_record ON consent FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR')
              AND app_owns_case(case_id) AND recorded_by_user_id = app_current_user_id()
              AND withdrawn_at IS NULL AND withdrawn_by_user_id IS NULL
              AND (form_attachment_id IS NULL
                   OR EXISTS (SELECT 1 FROM attachment a WHERE a.id = consent.form_attachment_id
                                                           AND a.organisation_id = app_current_organisation_id())));
CREATE POLICY consent_withdraw ON consent FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR') AND withdrawn_at IS NULL)
  WITH CHECK (organisation_id = app_current_organisation_id() AND withdrawn_at IS NOT NULL AND withdrawn_by_user_id = app_current_user_id());

-- Referrals -------------------------------------------------------------------------------------

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
         AND status IN ('PENDING', 'ACCEPTED'))
  WITH CHECK (organisation_id = app_current_organisation_id()
              AND ((status = 'EXPIRED' AND expires_at <= now())
                   OR (status = 'REVOKED' AND revoked_by_user_id = app_current_user_id())
                   OR status = 'COMPLETED'));
REVOKE UPDATE (decline_reason, responded_by_user_id, responded_at) ON referral FROM :"app_role";

-- Follow-up -------------------------------------------------------------------------------------

-- As in 0003, and the owner named must be the case's real owner (not only the referral's sender).
CREATE OR REPLACE FUNCTION app_follow_up_access(p_case uuid, p_owner uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r JOIN referral_case c ON c.id = r.case_id AND c.organisation_id = r.organisation_id
       WHERE r.case_id = p_case AND r.organisation_id = p_owner AND r.to_organisation_id = app_current_organisation_id()
         AND r.status = 'ACCEPTED'
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
         AND app_agreement_between(r.organisation_id, r.to_organisation_id, 'FOLLOW_UP'))
  $$;

ALTER POLICY arrival_partner ON arrival
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY reintegration_plan_partner ON reintegration_plan
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND updated_by_user_id = app_current_user_id());
ALTER POLICY plan_goal_partner ON plan_goal
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id)
              AND EXISTS (SELECT 1 FROM reintegration_plan p WHERE p.id = plan_goal.plan_id AND p.case_id = plan_goal.case_id));
ALTER POLICY follow_up_visit_partner ON follow_up_visit
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());
ALTER POLICY sustainability_assessment_partner ON sustainability_assessment
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id) AND recorded_by_user_id = app_current_user_id());

-- Messages --------------------------------------------------------------------------------------

ALTER POLICY case_message_write ON case_message
  WITH CHECK (author_organisation_id = app_current_organisation_id() AND author_user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM referral r
                           WHERE r.id = case_message.referral_id AND r.case_id = case_message.case_id
                             AND r.organisation_id = case_message.owner_organisation_id
                             AND r.to_organisation_id = case_message.partner_organisation_id)
              AND ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
                   OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
                       AND app_referral_receiver_access(referral_id))));

ALTER POLICY message_read_self ON message_read
  USING (user_id = app_current_user_id()
         AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = message_read.user_id AND u.organisation_id = app_current_organisation_id())
         AND EXISTS (SELECT 1 FROM referral r WHERE r.id = message_read.referral_id))
  WITH CHECK (user_id = app_current_user_id()
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = message_read.user_id AND u.organisation_id = app_current_organisation_id())
              AND EXISTS (SELECT 1 FROM referral r WHERE r.id = message_read.referral_id));

-- Supervision -----------------------------------------------------------------------------------

-- As in 0003, for the people who work with sessions on each side: never analysts.
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

ALTER POLICY supervision_session_read ON supervision_session
  USING ((organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));
ALTER POLICY supervision_session_write ON supervision_session
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR')
              AND created_by_user_id = app_current_user_id()
              AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'));
ALTER POLICY supervision_session_update ON supervision_session
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR'));
ALTER POLICY supervision_participant_write ON supervision_participant
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_member(session_id, user_id, organisation_id));
ALTER POLICY supervision_action_write ON supervision_action
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_member(session_id, owner_user_id, NULL));
ALTER POLICY supervision_action_done ON supervision_action
  WITH CHECK (app_supervision_visible(session_id) AND (owner_user_id = app_current_user_id() OR app_supervision_editable(session_id)));
ALTER POLICY supervision_comment_write ON supervision_comment
  WITH CHECK (app_supervision_visible(session_id) AND author_user_id = app_current_user_id()
              AND author_organisation_id = app_current_organisation_id()
              AND (app_supervision_editable(session_id)
                   OR EXISTS (SELECT 1 FROM supervision_participant p
                               WHERE p.session_id = supervision_comment.session_id AND p.user_id = app_current_user_id())));
ALTER POLICY supervision_case_link_write ON supervision_case_link
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_case_linkable(session_id, case_id));

-- Staff names and notifications -----------------------------------------------------------------

-- As in 0003, counting only agreements every party confirmed and that are in force.
CREATE OR REPLACE FUNCTION app_staff_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.id = ANY (p_ids)
       AND (u.organisation_id = app_current_organisation_id()
            OR app_agreement_between_any(app_current_organisation_id(), u.organisation_id))
  $$;

-- What app_notify did in 0003, with the sending organisation given: recipients outside `p_from`
-- must belong to an organisation it has an agreement in force with. `p_from` NULL is the system
-- itself (the periodic tasks), which may reach anyone. Not granted to the application role.
CREATE FUNCTION app_notify_as(p_from uuid, p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid,
                              p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
  RETURNS integer
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_row record;
    v_count integer := 0;
  BEGIN
    FOR v_row IN
      INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, session_id)
      SELECT u.id, u.organisation_id, p_kind, coalesce(p_params, '{}'), p_case, p_referral, p_session
        FROM app_user u
       WHERE u.active AND u.id IS DISTINCT FROM p_except
         AND ((p_users IS NOT NULL AND u.id = ANY (p_users))
              OR (p_organisation IS NOT NULL AND u.organisation_id = p_organisation AND u.roles && p_roles))
         AND (p_from IS NULL OR u.organisation_id = p_from OR app_agreement_between_any(p_from, u.organisation_id))
      RETURNING id, recipient_user_id, recipient_organisation_id
    LOOP
      PERFORM pg_notify('cirkel_notification',
        json_build_object('id', v_row.id, 'user', v_row.recipient_user_id, 'organisation', v_row.recipient_organisation_id)::text);
      v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
  END
  $$;

-- For requests: always as the current organisation; with none set, nobody is notified.
CREATE OR REPLACE FUNCTION app_notify(p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid,
                                      p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    IF app_current_organisation_id() IS NULL THEN
      RETURN 0;
    END IF;
    RETURN app_notify_as(app_current_organisation_id(), p_kind, p_params, p_case, p_referral, p_session,
                         p_users, p_organisation, p_roles, p_except);
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify_overdue_follow_ups() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
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
      v_count := v_count + app_notify_as(NULL, 'FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                         v_visit.case_id, NULL, NULL, ARRAY[v_visit.responsible_user_id], NULL, NULL, NULL)
                         + app_notify_as(NULL, 'FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                         v_visit.case_id, NULL, NULL, NULL, v_visit.partner_organisation_id, ARRAY['PARTNER_CASEWORKER'], NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify_due_actions() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
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
      v_count := v_count + app_notify_as(NULL, 'SUPERVISION_ACTION_DUE', jsonb_build_object('action', left(v_action.description, 120), 'date', v_action.due_on),
                                         NULL, NULL, v_action.session_id, ARRAY[v_action.owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

CREATE OR REPLACE FUNCTION app_expire_referrals() RETURNS TABLE (referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
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
      PERFORM app_notify_as(NULL, 'REFERRAL_EXPIRED',
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

REVOKE ALL ON FUNCTION app_notify_as(uuid, text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid) FROM PUBLIC;

-- Audit trail -----------------------------------------------------------------------------------

-- Refused looks at another organisation's entities, for that organisation's coordinators. The
-- event itself stays the prober's (its subject is the prober's own organisation, exactly as for
-- an id that does not exist); only the owner can read the notice, and through it the event.
-- Written by a trigger only. Derived from the sealed event and the entity, so it is not chained.
CREATE TABLE audit_notice (
  event_id        bigint PRIMARY KEY REFERENCES audit_event (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),   -- the owner of the entity that was probed
  case_id         uuid REFERENCES referral_case (id),           -- the case it belongs to, if any
  created_at      timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX audit_notice_case ON audit_notice (organisation_id, case_id, event_id);
ALTER TABLE audit_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_notice FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_notice_read ON audit_notice FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));
CREATE POLICY audit_notice_owner ON audit_notice TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON audit_notice TO :"app_role";

-- The subject of an event whose writer does not know it (a refusal) is the writer's own
-- organisation: no lookup, so nothing about the probed id can show in the prober's event.
CREATE OR REPLACE FUNCTION audit_event_fill_subject() RETURNS trigger
  LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    NEW.subject_organisation_id := coalesce(NEW.subject_organisation_id, NEW.organisation_id);
    RETURN NEW;
  END
  $$;

-- After a refusal: when the id belongs to another organisation than the event's subject, that
-- organisation gets a notice.
CREATE FUNCTION audit_event_notify_owner() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_id uuid;
    v_owner uuid;
    v_case uuid;
  BEGIN
    IF NEW.action <> 'access.denied' OR NEW.entity_id IS NULL
       OR NEW.entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      RETURN NULL;
    END IF;
    v_id := NEW.entity_id::uuid;
    CASE NEW.entity_type
      WHEN 'case' THEN SELECT c.organisation_id, c.id INTO v_owner, v_case FROM referral_case c WHERE c.id = v_id;
      WHEN 'referral' THEN SELECT r.organisation_id, r.case_id INTO v_owner, v_case FROM referral r WHERE r.id = v_id;
      WHEN 'consent' THEN SELECT k.organisation_id, k.case_id INTO v_owner, v_case FROM consent k WHERE k.id = v_id;
      WHEN 'attachment' THEN SELECT a.organisation_id INTO v_owner FROM attachment a WHERE a.id = v_id;
      WHEN 'agreement' THEN SELECT a.proposed_by_organisation_id INTO v_owner FROM cooperation_agreement a WHERE a.id = v_id;
      WHEN 'supervision_session' THEN SELECT s.organisation_id INTO v_owner FROM supervision_session s WHERE s.id = v_id;
      WHEN 'supervision_action' THEN
        SELECT s.organisation_id INTO v_owner FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id WHERE a.id = v_id;
      ELSE
        NULL;
    END CASE;
    IF v_owner IS NOT NULL AND v_owner IS DISTINCT FROM NEW.subject_organisation_id THEN
      INSERT INTO audit_notice (event_id, organisation_id, case_id) VALUES (NEW.id, v_owner, v_case);
    END IF;
    RETURN NULL;
  END
  $$;
REVOKE ALL ON FUNCTION audit_event_notify_owner() FROM PUBLIC;
CREATE TRIGGER audit_event_owner_notice AFTER INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_notify_owner();

-- Coordinators read the trail: their organisation's events, events about its data, and the
-- refusals it was given notice of.
ALTER POLICY audit_event_read ON audit_event
  USING (app_current_user_has_role('COORDINATOR')
         AND (organisation_id = app_current_organisation_id() OR subject_organisation_id = app_current_organisation_id()
              OR EXISTS (SELECT 1 FROM audit_notice n WHERE n.event_id = audit_event.id)));
ALTER POLICY audit_event_append ON audit_event
  WITH CHECK (organisation_id IS NOT DISTINCT FROM app_current_organisation_id()
              AND actor_user_id IS NOT DISTINCT FROM app_current_user_id()
              AND chain_position IS NULL AND hash IS NULL AND previous_hash IS NULL
              AND app_audit_subject_allowed(subject_organisation_id, entity_type, entity_id, details->>'caseId'));
