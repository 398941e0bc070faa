-- The signed-in user (the transaction's settings) changes their own password: the current one is
-- compared here, counted like a login attempt, and on success every other session of the user
-- ends (all refresh-token families but the one of `p_keep_token_hash`, the session asking).
-- Outcome: 'ok' | 'wrong' | 'locked' | 'unknown'.
CREATE OR REPLACE FUNCTION auth.change_password(p_candidates text[], p_new_hash text, p_keep_token_hash bytea)
  RETURNS TABLE(outcome text, locked_until timestamp with time zone, sessions_ended integer)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_user app_user%ROWTYPE;
    v_attempt record;
    v_keep uuid;
    v_ended integer;
  BEGIN
    IF p_candidates IS NULL OR cardinality(p_candidates) NOT BETWEEN 1 AND 4
       OR auth.hash_prefix(p_new_hash) IS NULL THEN
      RAISE EXCEPTION 'malformed password change' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_user FROM app_user
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
       FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'unknown'::text, NULL::timestamptz, 0;
      RETURN;
    END IF;
    SELECT * INTO v_attempt FROM auth.take_attempt(v_user.email);
    IF v_attempt.refused THEN
      RETURN QUERY SELECT 'locked'::text, v_attempt.locked_until, 0;
      RETURN;
    END IF;
    IF v_user.password_hash <> ALL (p_candidates) THEN
      INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
      VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'user.password_change_failed', 'user', v_user.id::text,
              jsonb_build_object('failedCount', v_attempt.attempts, 'locked', v_attempt.locked_until IS NOT NULL));
      RETURN QUERY SELECT CASE WHEN v_attempt.locked_until IS NOT NULL THEN 'locked' ELSE 'wrong' END,
                          v_attempt.locked_until, 0;
      RETURN;
    END IF;
    UPDATE login_throttle SET failed_count = 0, locked_until = NULL WHERE email_hash = sha256(convert_to(v_user.email, 'UTF8'));
    UPDATE app_user SET password_hash = p_new_hash, must_change_password = false WHERE id = v_user.id;
    SELECT r.family_id INTO v_keep FROM refresh_token r
     WHERE r.token_hash = p_keep_token_hash AND r.user_id = v_user.id AND r.revoked_at IS NULL;
    UPDATE refresh_token SET revoked_at = now()
     WHERE refresh_token.user_id = v_user.id AND revoked_at IS NULL AND family_id IS DISTINCT FROM v_keep;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
    VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'user.password_changed', 'user', v_user.id::text,
            jsonb_build_object('otherSessionsEnded', v_ended));
    RETURN QUERY SELECT 'ok'::text, NULL::timestamptz, v_ended;
  END
  $$;

REVOKE ALL ON FUNCTION auth.change_password(text[], text, bytea) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.change_password(text[], text, bytea) TO :"app_role";
