-- The supervising side's supervisors write the session and everything in it but the comments.
CREATE OR REPLACE FUNCTION app_supervision_editable(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM supervision_session s
                    WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id())
       AND app_is_supervisor()
  $$;

REVOKE ALL ON FUNCTION app_supervision_editable(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_editable(uuid) TO :"app_role";
