-- One's own language (nobody may update their own app_user row: see app_user_manage).
CREATE OR REPLACE FUNCTION app_set_my_language(p_language text) RETURNS boolean
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    UPDATE app_user SET language = p_language
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
    RETURNING true
  $$;

REVOKE ALL ON FUNCTION app_set_my_language(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_set_my_language(text) TO :"app_role";
