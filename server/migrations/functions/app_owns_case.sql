-- The case belongs to the current organisation. (Says nothing about anyone else's cases.)
CREATE OR REPLACE FUNCTION app_owns_case(p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM referral_case c WHERE c.id = p_case AND c.organisation_id = app_current_organisation_id())
  $$;

REVOKE ALL ON FUNCTION app_owns_case(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_owns_case(uuid) TO :"app_role";
