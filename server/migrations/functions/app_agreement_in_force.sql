-- In force: every party confirmed, not terminated, and today between its dates.
CREATE OR REPLACE FUNCTION app_agreement_in_force(p_agreement uuid, p_scope text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM cooperation_agreement a
       WHERE a.id = p_agreement AND a.terminated_at IS NULL
         AND current_date BETWEEN a.valid_from AND a.valid_to
         AND p_scope = ANY (a.scopes)
         AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.confirmed_at IS NULL))
  $$;

REVOKE ALL ON FUNCTION app_agreement_in_force(uuid, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_agreement_in_force(uuid, text) TO :"app_role";
