-- The schema as the migrations leave it: row-level security, policies, functions and grants.
-- Written by `npm run db:snapshot -w server` from a freshly migrated database; do not edit.
-- test/database/schema-snapshot.test.ts fails when this differs from what the migrations make.
-- Change the schema with a new migration (functions: their files in migrations/functions/).
-- app_role and owner_role stand for the application role and the owner role.

CREATE EXTENSION pg_trgm;
CREATE EXTENSION unaccent;
GRANT USAGE ON SCHEMA auth TO app_role;
GRANT USAGE ON SCHEMA public TO PUBLIC;

-- auth.secret -------------------------------------------------------------------------------------
ALTER TABLE auth.secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.secret FORCE ROW LEVEL SECURITY;
CREATE POLICY secret_schema_owner_bypass ON auth.secret FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);

-- public.agreement_party --------------------------------------------------------------------------
ALTER TABLE public.agreement_party ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.agreement_party FORCE ROW LEVEL SECURITY;
CREATE POLICY agreement_party_confirm ON public.agreement_party FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (confirmed_at IS NOT NULL) AND (confirmed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY agreement_party_parties ON public.agreement_party FOR SELECT TO app_role
  USING (app_is_agreement_party(agreement_id) OR (EXISTS ( SELECT 1
   FROM cooperation_agreement a
  WHERE ((a.id = agreement_party.agreement_id) AND (a.proposed_by_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))));
CREATE POLICY agreement_party_propose ON public.agreement_party FOR INSERT TO app_role
  WITH CHECK ((EXISTS ( SELECT 1
   FROM cooperation_agreement a
  WHERE ((a.id = agreement_party.agreement_id) AND (a.proposed_by_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))) AND ( SELECT app_is_coordinator() AS app_is_coordinator) AND (((confirmed_at IS NULL) AND (confirmed_by_user_id IS NULL)) OR ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (confirmed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)))));
CREATE POLICY agreement_party_schema_owner_bypass ON public.agreement_party FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.agreement_party TO app_role;
GRANT UPDATE (confirmed_at, confirmed_by_user_id) ON public.agreement_party TO app_role;

-- public.app_user ---------------------------------------------------------------------------------
ALTER TABLE public.app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_create ON public.app_user FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator) AND must_change_password);
CREATE POLICY app_user_manage ON public.app_user FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator) AND (id IS DISTINCT FROM ( SELECT app_current_user_id() AS app_current_user_id)))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator) AND (id IS DISTINCT FROM ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY app_user_read ON public.app_user FOR SELECT TO app_role
  USING (organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id));
CREATE POLICY app_user_schema_owner_bypass ON public.app_user FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT (organisation_id, email, name, roles, language, password_hash, must_change_password, name_latin, name_arabic) ON public.app_user TO app_role;
GRANT SELECT (id, organisation_id, email, name, roles, language, active, last_login_at, deactivated_at, created_at, updated_at, must_change_password, name_latin, name_arabic) ON public.app_user TO app_role;
GRANT UPDATE (name, roles, language, active, deactivated_at, name_latin, name_arabic) ON public.app_user TO app_role;

-- public.arrival ----------------------------------------------------------------------------------
ALTER TABLE public.arrival ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.arrival FORCE ROW LEVEL SECURITY;
CREATE POLICY arrival_partner ON public.arrival FOR ALL TO app_role
  USING ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND app_follow_up_access(case_id, owner_organisation_id) AND (recorded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY arrival_referrer_read ON public.arrival FOR SELECT TO app_role
  USING ((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY arrival_schema_owner_bypass ON public.arrival FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.arrival TO app_role;
GRANT UPDATE (arrived_on, notes, recorded_by_user_id, recorded_at) ON public.arrival TO app_role;

-- public.attachment -------------------------------------------------------------------------------
ALTER TABLE public.attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY attachment_schema_owner_bypass ON public.attachment FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY attachment_tenant ON public.attachment FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader) AND (uploaded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
GRANT INSERT, SELECT ON public.attachment TO app_role;

-- public.audit_chain_head -------------------------------------------------------------------------
ALTER TABLE public.audit_chain_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_chain_head FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_chain_head_schema_owner_bypass ON public.audit_chain_head FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);

-- public.audit_event ------------------------------------------------------------------------------
ALTER TABLE public.audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_append ON public.audit_event FOR INSERT TO app_role
  WITH CHECK ((NOT (organisation_id IS DISTINCT FROM ( SELECT app_current_organisation_id() AS app_current_organisation_id))) AND (NOT (actor_user_id IS DISTINCT FROM ( SELECT app_current_user_id() AS app_current_user_id))) AND (chain_position IS NULL) AND (hash IS NULL) AND (previous_hash IS NULL) AND
CASE
    WHEN ((entity_id IS NULL) AND (details ? 'read'::text)) THEN app_audit_reads_allowed(subject_organisation_id, entity_type, (details -> 'read'::text))
    ELSE app_audit_subject_allowed(subject_organisation_id, entity_type, entity_id, (details ->> 'caseId'::text))
END);
CREATE POLICY audit_event_read ON public.audit_event FOR SELECT TO app_role
  USING (( SELECT app_is_coordinator() AS app_is_coordinator) AND ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) OR (subject_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) OR (EXISTS ( SELECT 1
   FROM audit_notice n
  WHERE (n.event_id = audit_event.id)))));
CREATE POLICY audit_event_schema_owner_bypass ON public.audit_event FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT SELECT ON public.audit_event TO app_role;
GRANT INSERT (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, request_id, details) ON public.audit_event TO app_role;

-- public.audit_notice -----------------------------------------------------------------------------
ALTER TABLE public.audit_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_notice FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_notice_read ON public.audit_notice FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator));
CREATE POLICY audit_notice_schema_owner_bypass ON public.audit_notice FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT SELECT ON public.audit_notice TO app_role;

-- public.case_message -----------------------------------------------------------------------------
ALTER TABLE public.case_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.case_message FORCE ROW LEVEL SECURITY;
CREATE POLICY case_message_read ON public.case_message FOR SELECT TO app_role
  USING (((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_referral_receiver_access(referral_id)));
CREATE POLICY case_message_schema_owner_bypass ON public.case_message FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY case_message_write ON public.case_message FOR INSERT TO app_role
  WITH CHECK ((author_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (author_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (EXISTS ( SELECT 1
   FROM referral r
  WHERE ((r.id = case_message.referral_id) AND (r.case_id = case_message.case_id) AND (r.organisation_id = case_message.owner_organisation_id) AND (r.to_organisation_id = case_message.partner_organisation_id)))) AND (((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_referral_receiver_access(referral_id))));
GRANT INSERT, SELECT ON public.case_message TO app_role;

-- public.case_message_attachment ------------------------------------------------------------------
ALTER TABLE public.case_message_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.case_message_attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY case_message_attachment_read ON public.case_message_attachment FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM case_message m
  WHERE ((m.id = case_message_attachment.message_id) AND ((( SELECT app_current_organisation_id() AS app_current_organisation_id) = m.owner_organisation_id) OR (( SELECT app_current_organisation_id() AS app_current_organisation_id) = m.partner_organisation_id)))));
CREATE POLICY case_message_attachment_schema_owner_bypass ON public.case_message_attachment FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY case_message_attachment_write ON public.case_message_attachment FOR INSERT TO app_role
  WITH CHECK ((uploaded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (EXISTS ( SELECT 1
   FROM case_message m
  WHERE ((m.id = case_message_attachment.message_id) AND (m.author_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (m.author_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))));
GRANT INSERT, SELECT ON public.case_message_attachment TO app_role;

-- public.case_needs -------------------------------------------------------------------------------
ALTER TABLE public.case_needs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.case_needs FORCE ROW LEVEL SECURITY;
CREATE POLICY case_needs_owner_rw ON public.case_needs FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader) AND app_owns_case(case_id));
CREATE POLICY case_needs_partner_read ON public.case_needs FOR SELECT TO app_role
  USING (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND ('NEEDS'::text = ANY (app_partner_sections(case_id))));
CREATE POLICY case_needs_schema_owner_bypass ON public.case_needs FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT, UPDATE ON public.case_needs TO app_role;

-- public.case_number_counter ----------------------------------------------------------------------
ALTER TABLE public.case_number_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.case_number_counter FORCE ROW LEVEL SECURITY;
CREATE POLICY case_number_counter_schema_owner_bypass ON public.case_number_counter FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY case_number_counter_tenant ON public.case_number_counter FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff));
GRANT INSERT, SELECT, UPDATE ON public.case_number_counter TO app_role;

-- public.case_status_change -----------------------------------------------------------------------
ALTER TABLE public.case_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.case_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY case_status_change_insert ON public.case_status_change FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND app_owns_case(case_id) AND (changed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY case_status_change_read ON public.case_status_change FOR SELECT TO app_role
  USING (((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND (app_partner_sections(case_id) IS NOT NULL)));
CREATE POLICY case_status_change_schema_owner_bypass ON public.case_status_change FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.case_status_change TO app_role;

-- public.consent ----------------------------------------------------------------------------------
ALTER TABLE public.consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.consent FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_read ON public.consent FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY consent_record ON public.consent FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND app_owns_case(case_id) AND (recorded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (withdrawn_at IS NULL) AND (withdrawn_by_user_id IS NULL) AND ((form_attachment_id IS NULL) OR (EXISTS ( SELECT 1
   FROM attachment a
  WHERE ((a.id = consent.form_attachment_id) AND (a.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)))))));
CREATE POLICY consent_schema_owner_bypass ON public.consent FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY consent_withdraw ON public.consent FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND (withdrawn_at IS NULL))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (withdrawn_at IS NOT NULL) AND (withdrawn_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
GRANT INSERT, SELECT ON public.consent TO app_role;
GRANT UPDATE (withdrawn_at, withdrawn_by_user_id) ON public.consent TO app_role;

-- public.contact_organisation ---------------------------------------------------------------------
ALTER TABLE public.contact_organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.contact_organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_organisation_create ON public.contact_organisation FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (archived_at IS NULL) AND ((letter_of_intent_attachment_id IS NULL) OR (EXISTS ( SELECT 1
   FROM attachment a
  WHERE ((a.id = contact_organisation.letter_of_intent_attachment_id) AND (a.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)))))));
CREATE POLICY contact_organisation_delete ON public.contact_organisation FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY contact_organisation_read ON public.contact_organisation FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY contact_organisation_schema_owner_bypass ON public.contact_organisation FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY contact_organisation_update ON public.contact_organisation FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ((archived_by_user_id IS NULL) OR (archived_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id))) AND ((letter_of_intent_attachment_id IS NULL) OR (EXISTS ( SELECT 1
   FROM attachment a
  WHERE ((a.id = contact_organisation.letter_of_intent_attachment_id) AND (a.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)))))));
GRANT DELETE, SELECT ON public.contact_organisation TO app_role;
GRANT INSERT (organisation_id, name, kind, focus_countries, languages, district, address, website, status, letter_of_intent_attachment_id, created_by_user_id) ON public.contact_organisation TO app_role;
GRANT UPDATE (name, kind, focus_countries, languages, district, address, website, status, letter_of_intent_attachment_id, version, updated_at, archived_at, archived_by_user_id) ON public.contact_organisation TO app_role;

-- public.contact_person ---------------------------------------------------------------------------
ALTER TABLE public.contact_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.contact_person FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_person_delete ON public.contact_person FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY contact_person_insert ON public.contact_person FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND app_contact_in_directory(contact_organisation_id));
CREATE POLICY contact_person_read ON public.contact_person FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY contact_person_schema_owner_bypass ON public.contact_person FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY contact_person_update ON public.contact_person FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role))
  WITH CHECK (organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id));
GRANT DELETE, SELECT ON public.contact_person TO app_role;
GRANT INSERT (organisation_id, contact_organisation_id, name, role_title, phone, email, preferred_language, created_by_user_id) ON public.contact_person TO app_role;
GRANT UPDATE (name, role_title, phone, email, preferred_language, version, updated_at) ON public.contact_person TO app_role;

-- public.contact_status_change --------------------------------------------------------------------
ALTER TABLE public.contact_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.contact_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_status_change_insert ON public.contact_status_change FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (changed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND app_contact_in_directory(contact_organisation_id));
CREATE POLICY contact_status_change_read ON public.contact_status_change FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY contact_status_change_schema_owner_bypass ON public.contact_status_change FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT SELECT ON public.contact_status_change TO app_role;
GRANT INSERT (organisation_id, contact_organisation_id, from_status, to_status, note, changed_by_user_id) ON public.contact_status_change TO app_role;

-- public.cooperation_agreement --------------------------------------------------------------------
ALTER TABLE public.cooperation_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.cooperation_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY cooperation_agreement_parties ON public.cooperation_agreement FOR SELECT TO app_role
  USING ((proposed_by_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) OR app_is_agreement_party(id));
CREATE POLICY cooperation_agreement_propose ON public.cooperation_agreement FOR INSERT TO app_role
  WITH CHECK ((proposed_by_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (proposed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator));
CREATE POLICY cooperation_agreement_schema_owner_bypass ON public.cooperation_agreement FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY cooperation_agreement_terminate ON public.cooperation_agreement FOR UPDATE TO app_role
  USING (app_is_agreement_party(id) AND (terminated_at IS NULL) AND ( SELECT app_is_coordinator() AS app_is_coordinator))
  WITH CHECK ((terminated_by_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (terminated_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
GRANT SELECT ON public.cooperation_agreement TO app_role;
GRANT INSERT (reference_number, title, scopes, valid_from, valid_to, response_time_days, proposed_by_organisation_id, proposed_by_user_id) ON public.cooperation_agreement TO app_role;
GRANT UPDATE (terminated_at, terminated_by_organisation_id, terminated_by_user_id, termination_reason) ON public.cooperation_agreement TO app_role;

-- public.follow_up_visit --------------------------------------------------------------------------
ALTER TABLE public.follow_up_visit ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.follow_up_visit FORCE ROW LEVEL SECURITY;
CREATE POLICY follow_up_visit_partner ON public.follow_up_visit FOR ALL TO app_role
  USING ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND app_follow_up_access(case_id, owner_organisation_id) AND (recorded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY follow_up_visit_referrer_read ON public.follow_up_visit FOR SELECT TO app_role
  USING ((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY follow_up_visit_schema_owner_bypass ON public.follow_up_visit FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.follow_up_visit TO app_role;

-- public.household_member -------------------------------------------------------------------------
ALTER TABLE public.household_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.household_member FORCE ROW LEVEL SECURITY;
CREATE POLICY household_member_owner_rw ON public.household_member FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader) AND app_owns_case(case_id));
CREATE POLICY household_member_partner_read ON public.household_member FOR SELECT TO app_role
  USING (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND ('HOUSEHOLD'::text = ANY (app_partner_sections(case_id))));
CREATE POLICY household_member_schema_owner_bypass ON public.household_member FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT DELETE, INSERT, SELECT, UPDATE ON public.household_member TO app_role;

-- public.login_throttle ---------------------------------------------------------------------------
ALTER TABLE public.login_throttle ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.login_throttle FORCE ROW LEVEL SECURITY;
CREATE POLICY login_throttle_schema_owner_bypass ON public.login_throttle FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);

-- public.message_read -----------------------------------------------------------------------------
ALTER TABLE public.message_read ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.message_read FORCE ROW LEVEL SECURITY;
CREATE POLICY message_read_schema_owner_bypass ON public.message_read FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY message_read_self ON public.message_read FOR ALL TO app_role
  USING ((user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (EXISTS ( SELECT 1
   FROM app_user u
  WHERE ((u.id = message_read.user_id) AND (u.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))) AND (EXISTS ( SELECT 1
   FROM referral r
  WHERE (r.id = message_read.referral_id))))
  WITH CHECK ((user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (EXISTS ( SELECT 1
   FROM app_user u
  WHERE ((u.id = message_read.user_id) AND (u.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))) AND (EXISTS ( SELECT 1
   FROM referral r
  WHERE (r.id = message_read.referral_id))));
GRANT INSERT, SELECT, UPDATE ON public.message_read TO app_role;

-- public.notification -----------------------------------------------------------------------------
ALTER TABLE public.notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notification FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_recipient ON public.notification FOR ALL TO app_role
  USING ((recipient_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (recipient_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)))
  WITH CHECK ((recipient_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (recipient_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)));
CREATE POLICY notification_schema_owner_bypass ON public.notification FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT SELECT ON public.notification TO app_role;
GRANT UPDATE (read_at) ON public.notification TO app_role;

-- public.organisation -----------------------------------------------------------------------------
ALTER TABLE public.organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_directory ON public.organisation FOR SELECT TO app_role
  USING (( SELECT app_current_organisation_id() AS app_current_organisation_id) IS NOT NULL);
CREATE POLICY organisation_own_update ON public.organisation FOR UPDATE TO app_role
  USING ((id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator))
  WITH CHECK ((id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator));
CREATE POLICY organisation_schema_owner_bypass ON public.organisation FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT SELECT ON public.organisation TO app_role;
GRANT UPDATE (name, default_language, time_zone, name_latin, name_arabic) ON public.organisation TO app_role;

-- public.outreach_activity ------------------------------------------------------------------------
ALTER TABLE public.outreach_activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.outreach_activity FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_delete ON public.outreach_activity FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY outreach_activity_edit ON public.outreach_activity FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ((follow_up_owner_user_id IS NULL) OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY outreach_activity_read ON public.outreach_activity FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY outreach_activity_record ON public.outreach_activity FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND ((follow_up_owner_user_id IS NULL) OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY outreach_activity_schema_owner_bypass ON public.outreach_activity FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT DELETE, SELECT ON public.outreach_activity TO app_role;
GRANT INSERT (organisation_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics, participants_women, participants_men, participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id, created_by_user_id) ON public.outreach_activity TO app_role;
GRANT UPDATE (kind, held_on, duration_minutes, title, focus_countries, languages, topics, participants_women, participants_men, participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id, follow_up_done_at, follow_up_notified_at, version, updated_at) ON public.outreach_activity TO app_role;

-- public.outreach_activity_contact ----------------------------------------------------------------
ALTER TABLE public.outreach_activity_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.outreach_activity_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_contact_link ON public.outreach_activity_contact FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND app_contact_in_directory(contact_organisation_id) AND (EXISTS ( SELECT 1
   FROM outreach_activity a
  WHERE (a.id = outreach_activity_contact.activity_id))));
CREATE POLICY outreach_activity_contact_read ON public.outreach_activity_contact FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY outreach_activity_contact_schema_owner_bypass ON public.outreach_activity_contact FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY outreach_activity_contact_unlink ON public.outreach_activity_contact FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
GRANT DELETE, INSERT, SELECT ON public.outreach_activity_contact TO app_role;

-- public.outreach_activity_person -----------------------------------------------------------------
ALTER TABLE public.outreach_activity_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.outreach_activity_person FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_person_link ON public.outreach_activity_person FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (EXISTS ( SELECT 1
   FROM contact_person p
  WHERE (p.id = outreach_activity_person.contact_person_id))) AND (EXISTS ( SELECT 1
   FROM outreach_activity a
  WHERE (a.id = outreach_activity_person.activity_id))));
CREATE POLICY outreach_activity_person_read ON public.outreach_activity_person FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY outreach_activity_person_schema_owner_bypass ON public.outreach_activity_person FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY outreach_activity_person_unlink ON public.outreach_activity_person FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
GRANT DELETE, INSERT, SELECT ON public.outreach_activity_person TO app_role;

-- public.outreach_activity_staff ------------------------------------------------------------------
ALTER TABLE public.outreach_activity_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.outreach_activity_staff FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_staff_link ON public.outreach_activity_staff FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND app_is_own_staff(user_id) AND (EXISTS ( SELECT 1
   FROM outreach_activity a
  WHERE (a.id = outreach_activity_staff.activity_id))));
CREATE POLICY outreach_activity_staff_read ON public.outreach_activity_staff FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY outreach_activity_staff_schema_owner_bypass ON public.outreach_activity_staff FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY outreach_activity_staff_unlink ON public.outreach_activity_staff FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
GRANT DELETE, INSERT, SELECT ON public.outreach_activity_staff TO app_role;

-- public.password_reset ---------------------------------------------------------------------------
ALTER TABLE public.password_reset ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.password_reset FORCE ROW LEVEL SECURITY;
CREATE POLICY password_reset_issue ON public.password_reset FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator) AND (kind = 'ISSUED'::text) AND (issued_by = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY password_reset_read ON public.password_reset FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_coordinator() AS app_is_coordinator));
CREATE POLICY password_reset_schema_owner_bypass ON public.password_reset FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT (organisation_id, user_id, token_hash, kind, issued_by, expires_at) ON public.password_reset TO app_role;
GRANT SELECT (id, organisation_id, user_id, kind, issued_by, expires_at, used_at, created_at) ON public.password_reset TO app_role;

-- public.plan_goal --------------------------------------------------------------------------------
ALTER TABLE public.plan_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.plan_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_goal_partner ON public.plan_goal FOR ALL TO app_role
  USING ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND app_follow_up_access(case_id, owner_organisation_id) AND (EXISTS ( SELECT 1
   FROM reintegration_plan p
  WHERE ((p.id = plan_goal.plan_id) AND (p.case_id = plan_goal.case_id)))));
CREATE POLICY plan_goal_referrer_read ON public.plan_goal FOR SELECT TO app_role
  USING ((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY plan_goal_schema_owner_bypass ON public.plan_goal FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT DELETE, INSERT, SELECT, UPDATE ON public.plan_goal TO app_role;

-- public.referral ---------------------------------------------------------------------------------
ALTER TABLE public.referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.referral FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_read ON public.referral FOR SELECT TO app_role
  USING (((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR ((to_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections)));
CREATE POLICY referral_schema_owner_bypass ON public.referral FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY referral_send ON public.referral FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND (sent_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (status = 'PENDING'::text) AND app_owns_case(case_id) AND app_referral_agreement(agreement_id, to_organisation_id, expires_at) AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections));
CREATE POLICY referral_update ON public.referral FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND (status = ANY (ARRAY['PENDING'::text, 'ACCEPTED'::text])))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (((status = 'EXPIRED'::text) AND (expires_at <= now())) OR ((status = 'REVOKED'::text) AND (revoked_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id))) OR (status = 'COMPLETED'::text)));
GRANT SELECT ON public.referral TO app_role;
GRANT INSERT (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at, cover_note) ON public.referral TO app_role;
GRANT UPDATE (status, revoked_at, revoked_by_user_id, completed_at) ON public.referral TO app_role;

-- public.referral_case ----------------------------------------------------------------------------
ALTER TABLE public.referral_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.referral_case FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_case_owner_insert ON public.referral_case FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (EXISTS ( SELECT 1
   FROM app_user u
  WHERE ((u.id = referral_case.responsible_user_id) AND (u.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))));
CREATE POLICY referral_case_owner_read ON public.referral_case FOR SELECT TO app_role
  USING (((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND (app_partner_sections(id) IS NOT NULL)));
CREATE POLICY referral_case_owner_update ON public.referral_case FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND (EXISTS ( SELECT 1
   FROM app_user u
  WHERE ((u.id = referral_case.responsible_user_id) AND (u.organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id))))));
CREATE POLICY referral_case_schema_owner_bypass ON public.referral_case FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.referral_case TO app_role;
GRANT UPDATE (responsible_user_id, destination_country, destination_place, planned_departure, actual_departure, support_amount_minor, support_currency, status, closure_reason, version, source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id) ON public.referral_case TO app_role;

-- public.refresh_token ----------------------------------------------------------------------------
ALTER TABLE public.refresh_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.refresh_token FORCE ROW LEVEL SECURITY;
CREATE POLICY refresh_token_schema_owner_bypass ON public.refresh_token FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);

-- public.reintegration_plan -----------------------------------------------------------------------
ALTER TABLE public.reintegration_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.reintegration_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY reintegration_plan_partner ON public.reintegration_plan FOR ALL TO app_role
  USING ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND app_follow_up_access(case_id, owner_organisation_id) AND (updated_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY reintegration_plan_referrer_read ON public.reintegration_plan FOR SELECT TO app_role
  USING ((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY reintegration_plan_schema_owner_bypass ON public.reintegration_plan FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT, UPDATE ON public.reintegration_plan TO app_role;

-- public.returnee ---------------------------------------------------------------------------------
ALTER TABLE public.returnee ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.returnee FORCE ROW LEVEL SECURITY;
CREATE POLICY returnee_owner_rw ON public.returnee FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader) AND app_owns_case(case_id));
CREATE POLICY returnee_partner_read ON public.returnee FOR SELECT TO app_role
  USING (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND ('IDENTITY'::text = ANY (app_partner_sections(case_id))));
CREATE POLICY returnee_schema_owner_bypass ON public.returnee FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT, UPDATE ON public.returnee TO app_role;

-- public.returnee_contact -------------------------------------------------------------------------
ALTER TABLE public.returnee_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.returnee_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY returnee_contact_owner_rw ON public.returnee_contact FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader) AND app_owns_case(case_id));
CREATE POLICY returnee_contact_partner_read ON public.returnee_contact FOR SELECT TO app_role
  USING (( SELECT app_is_partner_staff() AS app_is_partner_staff) AND ('CONTACT'::text = ANY (app_partner_sections(case_id))));
CREATE POLICY returnee_contact_schema_owner_bypass ON public.returnee_contact FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT, UPDATE ON public.returnee_contact TO app_role;

-- public.returnee_health --------------------------------------------------------------------------
ALTER TABLE public.returnee_health ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.returnee_health FORCE ROW LEVEL SECURITY;
CREATE POLICY returnee_health_owner_rw ON public.returnee_health FOR ALL TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_staff() AS app_is_case_staff) AND app_owns_case(case_id));
CREATE POLICY returnee_health_partner_read ON public.returnee_health FOR SELECT TO app_role
  USING (( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND ('HEALTH'::text = ANY (app_partner_sections(case_id))));
CREATE POLICY returnee_health_schema_owner_bypass ON public.returnee_health FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT, UPDATE ON public.returnee_health TO app_role;

-- public.schema_function --------------------------------------------------------------------------
-- no row-level security

-- public.schema_migration -------------------------------------------------------------------------
-- no row-level security

-- public.staff_consultation -----------------------------------------------------------------------
ALTER TABLE public.staff_consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.staff_consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_consultation_delete ON public.staff_consultation FOR DELETE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY staff_consultation_edit ON public.staff_consultation FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ((department_contact_id IS NULL) OR app_contact_in_directory(department_contact_id)) AND ((follow_up_owner_user_id IS NULL) OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY staff_consultation_read ON public.staff_consultation FOR SELECT TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role));
CREATE POLICY staff_consultation_record ON public.staff_consultation FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_has_personal_data_role() AS app_has_personal_data_role) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND ((department_contact_id IS NULL) OR app_contact_in_directory(department_contact_id)) AND ((follow_up_owner_user_id IS NULL) OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY staff_consultation_schema_owner_bypass ON public.staff_consultation FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT DELETE, SELECT ON public.staff_consultation TO app_role;
GRANT INSERT (organisation_id, held_on, department_contact_id, department, district, channel, topic, country, question, advice, minutes_spent, participants, follow_up, follow_up_due_on, follow_up_owner_user_id, created_by_user_id) ON public.staff_consultation TO app_role;
GRANT UPDATE (held_on, department_contact_id, department, district, channel, topic, country, question, advice, minutes_spent, participants, follow_up, follow_up_due_on, follow_up_owner_user_id, follow_up_done_at, follow_up_notified_at, version, updated_at) ON public.staff_consultation TO app_role;

-- public.supervision_action -----------------------------------------------------------------------
ALTER TABLE public.supervision_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_action FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_action_done ON public.supervision_action FOR UPDATE TO app_role
  USING (app_supervision_visible(session_id) AND ((owner_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) OR app_supervision_editable(session_id)))
  WITH CHECK (app_supervision_visible(session_id) AND ((owner_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) OR app_supervision_editable(session_id)));
CREATE POLICY supervision_action_read ON public.supervision_action FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM supervision_session s
  WHERE (s.id = supervision_action.session_id)));
CREATE POLICY supervision_action_schema_owner_bypass ON public.supervision_action FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_action_write ON public.supervision_action FOR INSERT TO app_role
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_member(session_id, owner_user_id, NULL::uuid));
GRANT INSERT, SELECT ON public.supervision_action TO app_role;
GRANT UPDATE (done, done_at) ON public.supervision_action TO app_role;

-- public.supervision_case_link --------------------------------------------------------------------
ALTER TABLE public.supervision_case_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_case_link FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_case_link_read ON public.supervision_case_link FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM supervision_session s
  WHERE (s.id = supervision_case_link.session_id)));
CREATE POLICY supervision_case_link_schema_owner_bypass ON public.supervision_case_link FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_case_link_write ON public.supervision_case_link FOR INSERT TO app_role
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_case_linkable(session_id, case_id));
GRANT INSERT, SELECT ON public.supervision_case_link TO app_role;

-- public.supervision_comment ----------------------------------------------------------------------
ALTER TABLE public.supervision_comment ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_comment FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_comment_read ON public.supervision_comment FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM supervision_session s
  WHERE (s.id = supervision_comment.session_id)));
CREATE POLICY supervision_comment_schema_owner_bypass ON public.supervision_comment FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_comment_write ON public.supervision_comment FOR INSERT TO app_role
  WITH CHECK (app_supervision_visible(session_id) AND (author_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND (author_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND (app_supervision_editable(session_id) OR (EXISTS ( SELECT 1
   FROM supervision_participant p
  WHERE ((p.session_id = supervision_comment.session_id) AND (p.user_id = ( SELECT app_current_user_id() AS app_current_user_id)))))));
GRANT INSERT, SELECT ON public.supervision_comment TO app_role;

-- public.supervision_note_revision ----------------------------------------------------------------
ALTER TABLE public.supervision_note_revision ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_note_revision FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_note_revision_read ON public.supervision_note_revision FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM supervision_session s
  WHERE (s.id = supervision_note_revision.session_id)));
CREATE POLICY supervision_note_revision_schema_owner_bypass ON public.supervision_note_revision FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_note_revision_write ON public.supervision_note_revision FOR INSERT TO app_role
  WITH CHECK (app_supervision_editable(session_id) AND (changed_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
GRANT INSERT, SELECT ON public.supervision_note_revision TO app_role;

-- public.supervision_participant ------------------------------------------------------------------
ALTER TABLE public.supervision_participant ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_participant FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_participant_read ON public.supervision_participant FOR SELECT TO app_role
  USING (EXISTS ( SELECT 1
   FROM supervision_session s
  WHERE (s.id = supervision_participant.session_id)));
CREATE POLICY supervision_participant_schema_owner_bypass ON public.supervision_participant FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_participant_write ON public.supervision_participant FOR INSERT TO app_role
  WITH CHECK (app_supervision_editable(session_id) AND app_supervision_member(session_id, user_id, organisation_id));
GRANT INSERT, SELECT ON public.supervision_participant TO app_role;

-- public.supervision_session ----------------------------------------------------------------------
ALTER TABLE public.supervision_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.supervision_session FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_session_read ON public.supervision_session FOR SELECT TO app_role
  USING (((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader)) OR ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND (organisation_id = ANY (( SELECT app_agreement_partners('SUPERVISION'::text) AS app_agreement_partners)::uuid[]))));
CREATE POLICY supervision_session_schema_owner_bypass ON public.supervision_session FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
CREATE POLICY supervision_session_update ON public.supervision_session FOR UPDATE TO app_role
  USING ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_supervisor() AS app_is_supervisor))
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_supervisor() AS app_is_supervisor));
CREATE POLICY supervision_session_write ON public.supervision_session FOR INSERT TO app_role
  WITH CHECK ((organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_supervisor() AS app_is_supervisor) AND (created_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)) AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'::text));
GRANT INSERT, SELECT ON public.supervision_session TO app_role;
GRANT UPDATE (notes, version) ON public.supervision_session TO app_role;

-- public.sustainability_assessment ----------------------------------------------------------------
ALTER TABLE public.sustainability_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.sustainability_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY sustainability_assessment_partner ON public.sustainability_assessment FOR ALL TO app_role
  USING ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_partner_staff() AS app_is_partner_staff) AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK ((partner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_follow_up_staff() AS app_is_follow_up_staff) AND app_follow_up_access(case_id, owner_organisation_id) AND (recorded_by_user_id = ( SELECT app_current_user_id() AS app_current_user_id)));
CREATE POLICY sustainability_assessment_referrer_read ON public.sustainability_assessment FOR SELECT TO app_role
  USING ((owner_organisation_id = ( SELECT app_current_organisation_id() AS app_current_organisation_id)) AND ( SELECT app_is_case_reader() AS app_is_case_reader));
CREATE POLICY sustainability_assessment_schema_owner_bypass ON public.sustainability_assessment FOR ALL TO owner_role
  USING (true)
  WITH CHECK (true);
GRANT INSERT, SELECT ON public.sustainability_assessment TO app_role;

-- Sequences --------------------------------------------------------------------------------------
GRANT USAGE ON SEQUENCE public.audit_event_id_seq TO app_role;

-- Functions (their definitions: migrations/functions/) ------------------------------------------

-- auth.attempt_login(p_email text, p_candidates text[], p_family_id uuid, p_token_hash bytea, p_expires_at timestamp with time zone)
--   RETURNS TABLE(outcome text, user_id uuid, organisation_id uuid, locked_until timestamp with time zone)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.change_password(p_candidates text[], p_new_hash text, p_keep_token_hash bytea)
--   RETURNS TABLE(outcome text, locked_until timestamp with time zone, sessions_ended integer)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.complete_password_reset(p_token_hash bytea, p_new_hash text)
--   RETURNS TABLE(outcome text, user_id uuid)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.hash_prefix(p_hash text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
--   EXECUTE: owner_role only

-- auth.login_challenge(p_email text, p_default_params text)
--   RETURNS TABLE(prefixes text[], locked_until timestamp with time zone)
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.password_reset_challenge(p_token_hash bytea, p_default_params text)
--   RETURNS TABLE(prefix text, email text, name text)
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.request_password_reset(p_email text, p_token_hash bytea, p_expires_at timestamp with time zone)
--   RETURNS TABLE(user_id uuid, name text, language text)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.revoke_refresh_family(p_token_hash bytea)
--   RETURNS void
--   LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.revoke_user_sessions(p_user_id uuid)
--   RETURNS void
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.rotate_refresh_token(p_token_hash bytea, p_new_hash bytea, p_expires_at timestamp with time zone)
--   RETURNS TABLE(outcome text, user_id uuid, organisation_id uuid)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.set_first_password(p_new_hash text, p_keep_token_hash bytea)
--   RETURNS TABLE(outcome text)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- auth.take_attempt(p_email text, OUT refused boolean, OUT attempts integer, OUT locked_until timestamp with time zone)
--   RETURNS record
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_agreement_between(p_org_a uuid, p_org_b uuid, p_scope text)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_agreement_between_any(p_org_a uuid, p_org_b uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_agreement_in_force(p_agreement uuid, p_scope text)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_agreement_partners(p_scope text)
--   RETURNS uuid[]
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_answer_referral(p_referral uuid, p_status text, p_reason text)
--   RETURNS boolean
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_audit_reads_allowed(p_subject uuid, p_entity_type text, p_read jsonb)
--   RETURNS boolean
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_audit_subject_allowed(p_subject uuid, p_entity_type text, p_entity_id text, p_case text)
--   RETURNS boolean
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_case_open_to_visits()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_case_search_text(p_number text, p_place text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_check_time_zone()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_contact_in_directory(p_contact uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: PUBLIC (the default)

-- public.app_contact_name_key(p_text text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_current_organisation_id()
--   RETURNS uuid
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_current_user_has_role(VARIADIC p_roles text[])
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_current_user_id()
--   RETURNS uuid
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_enter_request(p_user_id uuid, p_organisation_id uuid)
--   RETURNS TABLE(user_id uuid, user_organisation_id uuid, user_roles text[], user_language text, user_must_change_password boolean)
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_expire_referrals()
--   RETURNS TABLE(referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_follow_up_access(p_case uuid, p_owner uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_has_personal_data_role()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_agreement_party(p_agreement uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_is_case_reader()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_case_staff()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_coordinator()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_follow_up_staff()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_overdue(p_due date, p_organisation uuid, p_at timestamp with time zone DEFAULT now())
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_is_own_staff(p_user uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: PUBLIC (the default)

-- public.app_is_partner_staff()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_is_supervisor()
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_local_today(p_organisation uuid, p_at timestamp with time zone DEFAULT now())
--   RETURNS date
--   LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_mark_latest_visits()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_notify(p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid, p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_notify_as(p_from uuid, p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid, p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.app_notify_due_actions()
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_notify_outreach_follow_ups()
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_notify_overdue_follow_ups()
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_overdue_follow_ups()
--   RETURNS TABLE(case_id uuid, next_visit_on date)
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_own_case_count(p_statuses text[], p_destination_country text, p_responsible_user_id uuid)
--   RETURNS integer
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET plan_cache_mode = force_custom_plan
--   EXECUTE: app_role

-- public.app_owns_case(p_case uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_partner_sections(p_case uuid)
--   RETURNS text[]
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_received_referral_count(p_statuses text[], p_answerable_only boolean)
--   RETURNS integer
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET plan_cache_mode = force_custom_plan
--   EXECUTE: app_role

-- public.app_referral_agreement(p_agreement uuid, p_to uuid, p_expires_at timestamp with time zone)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_referral_gives_access(p_case uuid, p_to uuid, p_agreement uuid, p_status text, p_expires_at timestamp with time zone, p_sections text[])
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_referral_receiver_access(p_referral uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_returnee_search_text(p_first text, p_last text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_search_case_ids(p_text text)
--   RETURNS SETOF uuid
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_search_cases(p_text text)
--   RETURNS TABLE(case_id uuid, rank text)
--   LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET plan_cache_mode = force_custom_plan SET max_parallel_workers_per_gather = 0
--   EXECUTE: app_role

-- public.app_search_id_key(p_text text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_search_key(p_text text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_search_phone_key(p_text text)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_sent_case_count(p_partner uuid)
--   RETURNS integer
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_set_my_language(p_language text)
--   RETURNS boolean
--   LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_staff_names(p_ids uuid[])
--   RETURNS TABLE(id uuid, name text, name_latin text, name_arabic text, organisation_id uuid)
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_supervision_candidates(p_partner uuid)
--   RETURNS TABLE(id uuid, name text, name_latin text, name_arabic text, organisation_id uuid)
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_supervision_case_linkable(p_session uuid, p_case uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_supervision_editable(p_session uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_supervision_member(p_session uuid, p_user uuid, p_organisation uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_supervision_visible(p_session uuid)
--   RETURNS boolean
--   LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role

-- public.app_touch_updated_at()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.app_visit_case_open()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.audit_event_canonical(e audit_event)
--   RETURNS text
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.audit_event_fill_subject()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: PUBLIC (the default)

-- public.audit_event_guard()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.audit_event_hash(e audit_event, p_previous bytea)
--   RETURNS bytea
--   LANGUAGE sql IMMUTABLE SECURITY INVOKER
--   EXECUTE: PUBLIC (the default)

-- public.audit_event_notify_owner()
--   RETURNS trigger
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: owner_role only

-- public.audit_seal()
--   RETURNS integer
--   LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
--   EXECUTE: app_role
