-- An agreement in force between two organisations for a scope.
CREATE OR REPLACE FUNCTION app_agreement_between(p_org_a uuid, p_org_b uuid, p_scope text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id
       WHERE a.organisation_id = p_org_a AND b.organisation_id = p_org_b
         AND app_agreement_in_force(a.agreement_id, p_scope))
  $$;

REVOKE ALL ON FUNCTION app_agreement_between(uuid, uuid, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_agreement_between(uuid, uuid, text) TO :"app_role";
