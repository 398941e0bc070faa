-- Reverts 0008: reads one row each, search, the indexes, and the policies' InitPlans (back to bare calls).

DROP INDEX audit_event_reads;
ALTER POLICY audit_event_append ON audit_event
  WITH CHECK (organisation_id IS NOT DISTINCT FROM app_current_organisation_id()
              AND actor_user_id IS NOT DISTINCT FROM app_current_user_id()
              AND chain_position IS NULL AND hash IS NULL AND previous_hash IS NULL
              AND app_audit_subject_allowed(subject_organisation_id, entity_type, entity_id, details->>'caseId'));
DROP FUNCTION app_audit_reads_allowed(uuid, text, jsonb);

DROP FUNCTION IF EXISTS app_search_case_ids(text);
DROP INDEX returnee_first_name_prefix;
DROP INDEX returnee_last_name_prefix;
DROP INDEX referral_case_number_search;
DROP INDEX returnee_search;
DROP FUNCTION app_returnee_search_text(text, text);
DROP FUNCTION app_search_key(text);
DROP EXTENSION IF EXISTS unaccent;
DROP EXTENSION IF EXISTS pg_trgm;

DROP INDEX consent_case;
DROP INDEX referral_received;
DROP INDEX referral_partner_case;
DROP INDEX referral_case_responsible;
DROP INDEX referral_case_country;
DROP INDEX referral_case_status;
CREATE INDEX referral_case_status ON referral_case (organisation_id, status);
DROP INDEX returnee_sort_name;
DROP INDEX referral_case_number_order;
DROP INDEX referral_case_departure;
DROP INDEX referral_case_updated;
CREATE INDEX referral_case_updated ON referral_case (organisation_id, updated_at DESC, id);

DO $$
DECLARE
  initplan constant text := '\(\s*SELECT (app_[a-z_]+)\(\) AS \1\)';
  p record;
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname IN ('public', 'auth') LOOP
    IF p.qual ~ initplan THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.qual, initplan, '\1()', 'g'));
    END IF;
    IF p.with_check ~ initplan THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.with_check, initplan, '\1()', 'g'));
    END IF;
  END LOOP;
END
$$;
