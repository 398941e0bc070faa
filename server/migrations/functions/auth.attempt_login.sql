-- A login attempt: counted (see auth.take_attempt), then compared with the address's active
-- accounts. On a match the lock-out record is reset, the session's first refresh token is
-- issued and the login audited; otherwise the failure is audited. Outcome: 'ok' | 'invalid' |
-- 'locked'. When one password opens two accounts (a person in two organisations using the same
-- password), the one used most recently wins.
CREATE OR REPLACE FUNCTION auth.attempt_login(p_email text, p_candidates text[], p_family_id uuid,
                                              p_token_hash bytea, p_expires_at timestamp with time zone)
  RETURNS TABLE(outcome text, user_id uuid, organisation_id uuid, locked_until timestamp with time zone)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_attempt record;
    v_user app_user%ROWTYPE;
  BEGIN
    IF p_candidates IS NULL OR cardinality(p_candidates) NOT BETWEEN 1 AND 4 OR p_token_hash IS NULL
       OR octet_length(p_token_hash) <> 32 OR p_family_id IS NULL
       OR p_expires_at NOT BETWEEN now() AND now() + interval '90 days' THEN
      RAISE EXCEPTION 'malformed login attempt' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_attempt FROM auth.take_attempt(v_email);
    IF v_attempt.refused THEN
      -- Locked before this attempt: refused without comparing.
      RETURN QUERY SELECT 'locked'::text, NULL::uuid, NULL::uuid, v_attempt.locked_until;
      RETURN;
    END IF;
    SELECT u.* INTO v_user FROM app_user u
     WHERE u.email = v_email AND u.active AND u.password_hash = ANY (p_candidates)
     ORDER BY u.last_login_at DESC NULLS LAST, u.created_at
     LIMIT 1;
    IF FOUND THEN
      UPDATE login_throttle SET failed_count = 0, locked_until = NULL WHERE email_hash = sha256(convert_to(v_email, 'UTF8'));
      UPDATE app_user SET last_login_at = now() WHERE id = v_user.id;
      INSERT INTO refresh_token (family_id, user_id, organisation_id, token_hash, expires_at)
      VALUES (p_family_id, v_user.id, v_user.organisation_id, p_token_hash, p_expires_at);
      INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id)
      VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'auth.login', 'user', v_user.id::text);
      RETURN QUERY SELECT 'ok'::text, v_user.id, v_user.organisation_id, NULL::timestamptz;
      RETURN;
    END IF;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
    SELECT u.organisation_id, u.organisation_id, u.id, 'auth.login_failed', 'user', u.id::text,
           jsonb_build_object('failedCount', v_attempt.attempts, 'locked', v_attempt.locked_until IS NOT NULL)
      FROM app_user u WHERE u.email = v_email;
    IF NOT FOUND THEN
      INSERT INTO audit_event (action, entity_type, details)
      VALUES ('auth.login_failed', 'user', jsonb_build_object('unknownAddress', true));
    END IF;
    RETURN QUERY SELECT CASE WHEN v_attempt.locked_until IS NOT NULL THEN 'locked' ELSE 'invalid' END,
                        NULL::uuid, NULL::uuid, v_attempt.locked_until;
  END
  $$;

REVOKE ALL ON FUNCTION auth.attempt_login(text, text[], uuid, bytea, timestamp with time zone) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.attempt_login(text, text[], uuid, bytea, timestamp with time zone) TO :"app_role";
