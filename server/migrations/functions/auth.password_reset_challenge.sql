-- What redeeming a reset link needs before it can hash the new password: the challenge prefix
-- of the link's account (see auth.login_challenge), and its address and name, which a password
-- may not contain. Nothing for a link that is unknown, used, expired, or whose account is
-- inactive. Read-only: the link is spent by auth.complete_password_reset.
CREATE OR REPLACE FUNCTION auth.password_reset_challenge(p_token_hash bytea, p_default_params text)
  RETURNS TABLE (prefix text, email text, name text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    RETURN QUERY
      SELECT (SELECT c.prefixes[1] FROM auth.login_challenge(u.email, p_default_params) c), u.email, u.name
        FROM password_reset r JOIN app_user u ON u.id = r.user_id
       WHERE r.token_hash = p_token_hash AND r.used_at IS NULL AND r.expires_at > now() AND u.active;
  END
  $$;

REVOKE ALL ON FUNCTION auth.password_reset_challenge(bytea, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.password_reset_challenge(bytea, text) TO :"app_role";
