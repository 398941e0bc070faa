-- Deactivating a person ends all their sessions at once. Only for a user the caller's
-- organisation may see (RLS on app_user applies to the check below).
CREATE OR REPLACE FUNCTION auth.revoke_user_sessions(p_user_id uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    UPDATE refresh_token SET revoked_at = now()
     WHERE user_id = p_user_id AND revoked_at IS NULL
       AND organisation_id = app_current_organisation_id();
  END
  $$;

REVOKE ALL ON FUNCTION auth.revoke_user_sessions(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.revoke_user_sessions(uuid) TO :"app_role";
