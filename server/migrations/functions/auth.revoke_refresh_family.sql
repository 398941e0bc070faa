-- Logout: revokes the whole family of a refresh token.
CREATE OR REPLACE FUNCTION auth.revoke_refresh_family(p_token_hash bytea) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    UPDATE refresh_token SET revoked_at = now()
     WHERE revoked_at IS NULL
       AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = p_token_hash)
  $$;

REVOKE ALL ON FUNCTION auth.revoke_refresh_family(bytea) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.revoke_refresh_family(bytea) TO :"app_role";
