-- Redeems a reset link: under a lock on the link, once, before it expires, for an active account.
-- Sets the password, ends every session of the account, spends every other open link of it,
-- lifts a lock-out of the address, and audits. Outcome: 'ok' | 'invalid'.
CREATE OR REPLACE FUNCTION auth.complete_password_reset(p_token_hash bytea, p_new_hash text)
  RETURNS TABLE (outcome text, user_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_reset password_reset%ROWTYPE;
    v_user app_user%ROWTYPE;
    v_ended integer;
  BEGIN
    IF auth.hash_prefix(p_new_hash) IS NULL THEN
      RAISE EXCEPTION 'malformed password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_reset FROM password_reset r WHERE r.token_hash = p_token_hash FOR UPDATE;
    IF NOT FOUND OR v_reset.used_at IS NOT NULL OR v_reset.expires_at <= now() THEN
      RETURN QUERY SELECT 'invalid'::text, NULL::uuid;
      RETURN;
    END IF;
    SELECT * INTO v_user FROM app_user u WHERE u.id = v_reset.user_id AND u.active FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'invalid'::text, NULL::uuid;
      RETURN;
    END IF;
    UPDATE password_reset SET used_at = now() WHERE password_reset.user_id = v_user.id AND used_at IS NULL;
    UPDATE app_user SET password_hash = p_new_hash, must_change_password = false WHERE id = v_user.id;
    UPDATE login_throttle SET failed_count = 0, locked_until = NULL WHERE email_hash = sha256(convert_to(v_user.email, 'UTF8'));
    UPDATE refresh_token SET revoked_at = now() WHERE refresh_token.user_id = v_user.id AND revoked_at IS NULL;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
    VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'user.password_reset_completed', 'user', v_user.id::text,
            jsonb_build_object('kind', v_reset.kind, 'resetId', v_reset.id, 'sessionsEnded', v_ended));
    RETURN QUERY SELECT 'ok'::text, v_user.id;
  END
  $$;

REVOKE ALL ON FUNCTION auth.complete_password_reset(bytea, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.complete_password_reset(bytea, text) TO :"app_role";
