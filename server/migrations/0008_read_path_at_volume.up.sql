-- The read path at volume (issue 10): what 100,000 cases showed. No rule changes meaning.
--
-- 1. Policies read the tenant and the actor's role sets once per statement. A policy that calls
--    app_current_organisation_id() or a role-set helper as such evaluates it for every row (the
--    calls are STABLE, not constant); written as `(SELECT app_…())` it becomes an InitPlan, run
--    once per statement. Every policy of the public and auth schemas is rewritten that way here,
--    by the same text substitution, so the rules stay word for word what they were (compare
--    migrations/schema-snapshot.sql). test/database/policy-initplans.test.ts fails when a policy
--    calls one of these functions bare again.
-- 2. Indexes for every filter and sort the case list offers (keyset pages: the sort columns, then
--    the id), for consent by case, and for the partner filter.
-- 3. Search by name or case number through trigram indexes, diacritics folded (unaccent), so that
--    "hodz", "hodž" and "Hodžić" find each other. Under row-level security LIKE cannot use an
--    index (the operator is not leakproof, so the policy must filter first); app_search_case_ids()
--    (migrations/functions/) applies the tenant rule itself and reaches the index.
-- 4. Reads of several entities in one request are one audit event, not one per entity (below).

-- 1. Policies: tenant and role sets as InitPlans --------------------------------------------------

DO $$
DECLARE
  -- A bare call of a tenant or role-set function (not already inside a SELECT).
  bare constant text := '(?<!SELECT )\m(app_current_organisation_id|app_current_user_id|app_is_case_staff|app_is_case_reader|'
                        'app_is_partner_staff|app_is_follow_up_staff|app_is_supervisor|app_is_coordinator|app_has_personal_data_role)\(\)';
  p record;
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname IN ('public', 'auth') LOOP
    IF p.qual ~ bare THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.qual, bare, '(SELECT \1())', 'g'));
    END IF;
    IF p.with_check ~ bare THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I WITH CHECK (%s)', p.policyname, p.schemaname, p.tablename,
                     regexp_replace(p.with_check, bare, '(SELECT \1())', 'g'));
    END IF;
  END LOOP;
END
$$;

-- 2. Indexes for the case list's filters and sorts ------------------------------------------------

-- Sorts (both directions: a backward index scan serves DESC, DESC).
DROP INDEX referral_case_updated;
CREATE INDEX referral_case_updated ON referral_case (organisation_id, updated_at, id);
CREATE INDEX referral_case_departure ON referral_case (organisation_id, (coalesce(planned_departure, '9999-12-31'::date)), id);
CREATE INDEX referral_case_number_order ON referral_case (organisation_id, year, sequence, id);
CREATE INDEX returnee_sort_name ON returnee (organisation_id, (lower(last_name || ' ' || first_name)), case_id);
-- Filters, with the default sort behind them.
DROP INDEX referral_case_status;
CREATE INDEX referral_case_status ON referral_case (organisation_id, status, updated_at, id);
CREATE INDEX referral_case_country ON referral_case (organisation_id, destination_country, updated_at, id);
CREATE INDEX referral_case_responsible ON referral_case (organisation_id, responsible_user_id, updated_at, id);
CREATE INDEX referral_partner_case ON referral (to_organisation_id, case_id);
-- A partner's referred cases, newest first, whatever the statuses asked for.
CREATE INDEX referral_received ON referral (to_organisation_id, sent_at, id);
-- Consent by case: the partner rules and the case page look consent up by case.
CREATE INDEX consent_case ON consent (case_id);

-- 3. Search -----------------------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- What search compares: lower case, diacritics folded. (Current text: migrations/functions/.)
CREATE FUNCTION app_search_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_text)) $$;

-- A returnee's name in both orders ("first last first" holds "first last" and "last first").
CREATE FUNCTION app_returnee_search_text(p_first text, p_last text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.app_search_key(p_first || ' ' || p_last || ' ' || p_first) $$;

CREATE INDEX returnee_search ON returnee USING gin (app_returnee_search_text(first_name, last_name) gin_trgm_ops);
CREATE INDEX referral_case_number_search ON referral_case USING gin (app_search_key(number) gin_trgm_ops);
-- One or two characters: the start of the first or the last name.
CREATE INDEX returnee_last_name_prefix ON returnee (organisation_id, app_search_key(last_name) text_pattern_ops);
CREATE INDEX returnee_first_name_prefix ON returnee (organisation_id, app_search_key(first_name) text_pattern_ops);

-- 4. Reads on record at one row per request -------------------------------------------------------
--
-- A page of 50 cases read was 50 audit rows, each with its triggers, foreign keys and subject
-- check. Reads of several entities now make one event (entity_id NULL, details.read: each id with
-- the sections read), checked over the set; a case's trail finds it through audit_event_reads.

-- Whom an event recording several reads at once may be written as concerning (details.read: the
-- ids read, each with its sections): the writer's own organisation, or the owner of every case or
-- referral named, each linked to the writer's organisation by a referral (app_audit_subject_allowed's
-- rule, over the set).
CREATE FUNCTION app_audit_reads_allowed(p_subject uuid, p_entity_type text, p_read jsonb) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_org uuid := app_current_organisation_id();
  BEGIN
    IF jsonb_typeof(p_read) IS DISTINCT FROM 'object' THEN
      RETURN false;
    ELSIF p_subject IS NOT DISTINCT FROM v_org THEN
      RETURN true;
    ELSIF v_org IS NULL OR p_entity_type NOT IN ('case', 'referral') THEN
      RETURN false;
    END IF;
    RETURN NOT EXISTS (
      SELECT 1 FROM jsonb_object_keys(p_read) AS k(id)
       WHERE CASE WHEN k.id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN true
                  ELSE NOT EXISTS (SELECT 1 FROM referral r
                                    WHERE r.organisation_id = p_subject AND r.to_organisation_id = v_org
                                      AND ((p_entity_type = 'case' AND r.case_id = k.id::uuid)
                                           OR (p_entity_type = 'referral' AND r.id = k.id::uuid))) END);
  END
  $$;

REVOKE ALL ON FUNCTION app_audit_reads_allowed(uuid, text, jsonb) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_audit_reads_allowed(uuid, text, jsonb) TO :"app_role";

ALTER POLICY audit_event_append ON audit_event
  WITH CHECK (organisation_id IS NOT DISTINCT FROM (SELECT app_current_organisation_id())
              AND actor_user_id IS NOT DISTINCT FROM (SELECT app_current_user_id())
              AND chain_position IS NULL AND hash IS NULL AND previous_hash IS NULL
              AND CASE WHEN entity_id IS NULL AND details ? 'read'
                       THEN app_audit_reads_allowed(subject_organisation_id, entity_type, details -> 'read')
                       ELSE app_audit_subject_allowed(subject_organisation_id, entity_type, entity_id, details->>'caseId') END);

CREATE INDEX audit_event_reads ON audit_event USING gin ((details -> 'read')) WHERE entity_id IS NULL;
