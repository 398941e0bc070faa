-- Someone asks for a reset link by e-mail (not signed in). The address's active account — the
-- one a login would open, when a person works for two organisations — gets a link, unless one
-- was sent in the last 5 minutes or 5 in the last day: the row lock on the account orders
-- concurrent requests, so a flood on one address sends one e-mail. Returns the account to write
-- to, with the name to greet, or nothing (unknown address, inactive, or throttled); the caller
-- answers the same either way.
CREATE OR REPLACE FUNCTION auth.request_password_reset(p_email text, p_token_hash bytea, p_expires_at timestamptz)
  RETURNS TABLE (user_id uuid, name text, language text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_user app_user%ROWTYPE;
  BEGIN
    IF p_token_hash IS NULL OR octet_length(p_token_hash) <> 32
       OR p_expires_at NOT BETWEEN now() AND now() + interval '1 day' THEN
      RAISE EXCEPTION 'malformed password reset request' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT u.* INTO v_user FROM app_user u
     WHERE u.email = v_email AND u.active
     ORDER BY u.last_login_at DESC NULLS LAST, u.created_at
     LIMIT 1
       FOR UPDATE;
    IF NOT FOUND THEN
      RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM password_reset r
                WHERE r.user_id = v_user.id AND r.kind = 'EMAIL' AND r.created_at > now() - interval '5 minutes')
       OR (SELECT count(*) FROM password_reset r
            WHERE r.user_id = v_user.id AND r.kind = 'EMAIL' AND r.created_at > now() - interval '1 day') >= 5 THEN
      RETURN;
    END IF;
    INSERT INTO password_reset (organisation_id, user_id, token_hash, kind, expires_at)
    VALUES (v_user.organisation_id, v_user.id, p_token_hash, 'EMAIL', p_expires_at);
    INSERT INTO audit_event (organisation_id, subject_organisation_id, action, entity_type, entity_id)
    VALUES (v_user.organisation_id, v_user.organisation_id, 'user.password_reset_requested', 'user', v_user.id::text);
    -- The e-mail greets the person in the script of their language (issue 11, point 4, as
    -- i18n/names.js reads a name): as written when it is written in that script, else its spelling in it.
    RETURN QUERY SELECT v_user.id,
                        CASE WHEN (v_user.language = 'ar') = (v_user.name ~ '[\u0600-\u06FF]') THEN v_user.name
                             WHEN v_user.language = 'ar' THEN coalesce(v_user.name_arabic, v_user.name)
                             ELSE coalesce(v_user.name_latin, v_user.name) END,
                        v_user.language;
  END
  $$;

REVOKE ALL ON FUNCTION auth.request_password_reset(text, bytea, timestamptz) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.request_password_reset(text, bytea, timestamptz) TO :"app_role";
