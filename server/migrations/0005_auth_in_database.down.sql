-- Back to 0001–0003's credentials: the functions that handed hashes to the server, global
-- e-mail uniqueness (fails if two organisations now share an address), per-account lock-out.

DROP FUNCTION auth.change_password(text[], text, bytea);
DROP FUNCTION auth.attempt_login(text, text[], uuid, bytea, timestamptz);
DROP FUNCTION auth.login_challenge(text, text);
DROP FUNCTION auth.take_attempt(text);
DROP FUNCTION auth.hash_prefix(text);
DROP TABLE auth.secret;

DROP POLICY organisation_own_update ON organisation;
CREATE POLICY organisation_own_update ON organisation FOR UPDATE TO :"app_role"
  USING (id = app_current_organisation_id())
  WITH CHECK (id = app_current_organisation_id());
DROP FUNCTION app_set_my_language(text);
DROP POLICY app_user_manage ON app_user;
DROP POLICY app_user_create ON app_user;
DROP POLICY app_user_read ON app_user;
CREATE POLICY app_user_tenant ON app_user TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());

DROP INDEX app_user_email;
DROP INDEX app_user_organisation_email_key;
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
ALTER TABLE app_user ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0);
ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
GRANT SELECT (failed_login_count, locked_until) ON app_user TO :"app_role";
DELETE FROM login_throttle WHERE failed_count = 0;
ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_failed_count_check;
ALTER TABLE login_throttle ADD CONSTRAINT login_throttle_failed_count_check CHECK (failed_count > 0);

ALTER FUNCTION auth.rotate_refresh_token(bytea, bytea, timestamptz) SET search_path = pg_catalog, public;
ALTER FUNCTION auth.revoke_refresh_family(bytea) SET search_path = pg_catalog, public;
ALTER FUNCTION auth.revoke_user_sessions(uuid) SET search_path = pg_catalog, public;

CREATE FUNCTION auth.login_state(p_email text)
  RETURNS TABLE (user_id uuid, organisation_id uuid, password_hash text, active boolean, locked_until timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT u.id, u.organisation_id, u.password_hash, u.active,
           CASE WHEN u.id IS NULL THEN t.locked_until ELSE u.locked_until END
      FROM (SELECT lower(btrim(p_email)) AS email) AS input
      LEFT JOIN app_user u ON u.email = input.email
      LEFT JOIN login_throttle t ON t.email_hash = sha256(convert_to(input.email, 'UTF8'))
  $$;

CREATE FUNCTION auth.record_login_failure(p_email text) RETURNS timestamptz
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_until timestamptz;
    v_user app_user%ROWTYPE;
  BEGIN
    UPDATE app_user
       SET failed_login_count = failed_login_count + 1,
           locked_until = CASE WHEN failed_login_count + 1 >= 5
                               THEN now() + least(power(2, failed_login_count + 1 - 5), 60) * interval '1 minute'
                               ELSE locked_until END
     WHERE email = v_email
    RETURNING * INTO v_user;
    IF FOUND THEN
      INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
      VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'auth.login_failed', 'user', v_user.id::text,
              jsonb_build_object('failedCount', v_user.failed_login_count, 'locked', v_user.locked_until IS NOT NULL));
      RETURN v_user.locked_until;
    END IF;
    DELETE FROM login_throttle WHERE last_failure_at < now() - interval '1 day';
    INSERT INTO login_throttle AS t (email_hash, failed_count, locked_until)
         VALUES (sha256(convert_to(v_email, 'UTF8')), 1, NULL)
    ON CONFLICT (email_hash) DO UPDATE
       SET failed_count = t.failed_count + 1,
           last_failure_at = now(),
           locked_until = CASE WHEN t.failed_count + 1 >= 5
                               THEN now() + least(power(2, t.failed_count + 1 - 5), 60) * interval '1 minute'
                               ELSE t.locked_until END
    RETURNING locked_until INTO v_until;
    INSERT INTO audit_event (action, entity_type, details)
    VALUES ('auth.login_failed', 'user', jsonb_build_object('unknownAddress', true));
    RETURN v_until;
  END
  $$;

CREATE FUNCTION auth.record_login_success(p_user_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = p_user_id;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id)
    SELECT organisation_id, organisation_id, id, 'auth.login', 'user', id::text FROM app_user WHERE id = p_user_id;
  $$;

CREATE FUNCTION auth.issue_refresh_token(p_user_id uuid, p_family_id uuid, p_token_hash bytea, p_expires_at timestamptz)
  RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    INSERT INTO refresh_token (family_id, user_id, organisation_id, token_hash, expires_at)
    SELECT p_family_id, u.id, u.organisation_id, p_token_hash, p_expires_at
      FROM app_user u
     WHERE u.id = p_user_id AND u.active
  $$;

CREATE FUNCTION auth.current_user_password_hash() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT password_hash FROM app_user
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
  $$;

CREATE FUNCTION auth.set_current_user_password_hash(p_hash text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE app_user SET password_hash = p_hash
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
  $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA auth FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA auth TO :"app_role";
