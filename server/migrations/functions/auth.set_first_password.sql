-- The signed-in user who must choose a password (must_change_password: added by a coordinator
-- with a temporary one) sets it: no current password asked, they have just signed in with the
-- temporary one. Every other session of the user ends. Outcome: 'ok' | 'not_required'.
CREATE OR REPLACE FUNCTION auth.set_first_password(p_new_hash text, p_keep_token_hash bytea)
  RETURNS TABLE (outcome text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_user app_user%ROWTYPE;
    v_keep uuid;
    v_ended integer;
  BEGIN
    IF auth.hash_prefix(p_new_hash) IS NULL THEN
      RAISE EXCEPTION 'malformed password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_user FROM app_user
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
       FOR UPDATE;
    IF NOT FOUND OR NOT v_user.must_change_password THEN
      RETURN QUERY SELECT 'not_required'::text;
      RETURN;
    END IF;
    UPDATE app_user SET password_hash = p_new_hash, must_change_password = false WHERE id = v_user.id;
    SELECT r.family_id INTO v_keep FROM refresh_token r
     WHERE r.token_hash = p_keep_token_hash AND r.user_id = v_user.id AND r.revoked_at IS NULL;
    UPDATE refresh_token SET revoked_at = now()
     WHERE refresh_token.user_id = v_user.id AND revoked_at IS NULL AND family_id IS DISTINCT FROM v_keep;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
    VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'user.password_set', 'user', v_user.id::text,
            jsonb_build_object('otherSessionsEnded', v_ended));
    RETURN QUERY SELECT 'ok'::text;
  END
  $$;

REVOKE ALL ON FUNCTION auth.set_first_password(text, bytea) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.set_first_password(text, bytea) TO :"app_role";
