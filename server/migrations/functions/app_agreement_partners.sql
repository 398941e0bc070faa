-- The organisations with which the current organisation has an agreement in force for p_scope
-- (itself too, when it is a party: as app_agreement_between(x, current, scope) is true for x =
-- current). As a set, for a policy to read once per statement as an InitPlan (issue 10) where
-- app_agreement_between() ran once per row: supervision_session_read's partner arm, migration
-- 0021. Reveals nothing the caller's own agreements do not: test/database/definer-functions.test.ts.
CREATE OR REPLACE FUNCTION app_agreement_partners(p_scope text) RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT coalesce(array_agg(DISTINCT a.organisation_id), '{}')
      FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id
     WHERE b.organisation_id = app_current_organisation_id()
       AND app_agreement_in_force(a.agreement_id, p_scope)
  $$;

REVOKE ALL ON FUNCTION app_agreement_partners(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_agreement_partners(text) TO :"app_role";
