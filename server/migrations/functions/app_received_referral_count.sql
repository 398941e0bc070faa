-- How many referrals to the current organisation in p_statuses the current actor may see as their
-- receiver: the count of the partner's inbox and referred-case lists. The rule is
-- app_referral_gives_access()'s (referral_read), written over the set at once — a per-row call
-- costs 70 µs, 400 ms for a partner with thousands of referrals; test/referrals/received-count.test.ts
-- checks that this count equals what row-level security shows, case by case of the rule.
CREATE OR REPLACE FUNCTION app_received_referral_count(p_statuses text[], p_answerable_only boolean) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  -- A plan for each call's own statuses: the inbox's few hundred PENDING want index lookups of
  -- their consents, the referred cases' tens of thousands ACCEPTED a hash join. A session that had
  -- counted both kept one generic plan, the hash join, for every call (PostgreSQL 18 caches SQL
  -- functions' plans), and the inbox's count took 50-60 ms instead of 2 (bench/reads.mjs
  -- --explain, the partner's worklist, 2 December 2026).
  SET plan_cache_mode = force_custom_plan
  AS $$
    SELECT count(*)::integer
      FROM referral r
     WHERE r.to_organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_partner_staff())
       AND r.status = ANY (p_statuses)
       AND (NOT p_answerable_only OR r.expires_at > now())
       AND (r.status = 'ACCEPTED' OR (r.status = 'PENDING' AND r.expires_at > now()))
       AND r.agreement_id IN (SELECT a.id FROM cooperation_agreement a
                               WHERE a.terminated_at IS NULL AND current_date BETWEEN a.valid_from AND a.valid_to
                                 AND 'REFERRALS' = ANY (a.scopes)
                                 AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.confirmed_at IS NULL))
       AND EXISTS (SELECT 1 FROM consent c
                    WHERE c.case_id = r.case_id AND c.partner_organisation_id = r.to_organisation_id
                      AND c.withdrawn_at IS NULL AND c.sections @> r.sections)
  $$;

REVOKE ALL ON FUNCTION app_received_referral_count(text[], boolean) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_received_referral_count(text[], boolean) TO :"app_role";
