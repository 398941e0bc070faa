-- Exchanges a refresh token for a new one in the same family.
-- outcome: 'ok' | 'unknown' | 'reused' (family now revoked) | 'expired' | 'inactive'.
CREATE OR REPLACE FUNCTION auth.rotate_refresh_token(p_token_hash bytea, p_new_hash bytea,
                                                     p_expires_at timestamp with time zone)
  RETURNS TABLE(outcome text, user_id uuid, organisation_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_token refresh_token%ROWTYPE;
    v_active boolean;
  BEGIN
    SELECT * INTO v_token FROM refresh_token WHERE token_hash = p_token_hash FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'unknown'::text, NULL::uuid, NULL::uuid;
      RETURN;
    END IF;
    IF v_token.used_at IS NOT NULL OR v_token.revoked_at IS NOT NULL THEN
      UPDATE refresh_token SET revoked_at = coalesce(revoked_at, now()) WHERE family_id = v_token.family_id;
      RETURN QUERY SELECT 'reused'::text, v_token.user_id, v_token.organisation_id;
      RETURN;
    END IF;
    IF v_token.expires_at <= now() THEN
      RETURN QUERY SELECT 'expired'::text, v_token.user_id, v_token.organisation_id;
      RETURN;
    END IF;
    SELECT u.active INTO v_active FROM app_user u WHERE u.id = v_token.user_id;
    IF NOT coalesce(v_active, false) THEN
      UPDATE refresh_token SET revoked_at = now() WHERE family_id = v_token.family_id AND revoked_at IS NULL;
      RETURN QUERY SELECT 'inactive'::text, v_token.user_id, v_token.organisation_id;
      RETURN;
    END IF;
    UPDATE refresh_token SET used_at = now() WHERE id = v_token.id;
    INSERT INTO refresh_token (family_id, user_id, organisation_id, token_hash, expires_at)
         VALUES (v_token.family_id, v_token.user_id, v_token.organisation_id, p_new_hash, p_expires_at);
    RETURN QUERY SELECT 'ok'::text, v_token.user_id, v_token.organisation_id;
  END
  $$;

REVOKE ALL ON FUNCTION auth.rotate_refresh_token(bytea, bytea, timestamp with time zone) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.rotate_refresh_token(bytea, bytea, timestamp with time zone) TO :"app_role";
