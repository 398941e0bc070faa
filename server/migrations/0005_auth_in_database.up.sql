-- Credentials stay in the database. The application role never receives a password hash and
-- cannot mint a session on its own: it asks for an address's *challenge* (the argon2id
-- parameters and salt, which are not secret), computes the candidate hash itself (argon2 runs in
-- the server, off the database's CPU), and hands the candidate to a function that counts the
-- attempt, compares it, and — only when it matches — issues the refresh token, all in one
-- transaction under a row lock on the address. Concurrent attempts on one address queue on that
-- lock, so at most five passwords are ever compared before the lock-out.
--
-- E-mail addresses become unique per organisation instead of across all of them, so that a
-- coordinator creating a user learns nothing about other organisations' people (a person may
-- work for two organisations). Every account of one address shares one salt, so a login costs
-- one argon2 computation whatever the number of accounts; an address nobody has gets a salt
-- derived from a secret, indistinguishable from a real one.
--
-- Lock-out state lives in login_throttle for every address, known or not, so both take the
-- same path literally.

-- Every auth function now sets search_path with pg_temp last (and the app role may not create
-- temporary tables at all, see 0004), so nothing can shadow the tables these functions use.

DROP FUNCTION auth.login_state(text);
DROP FUNCTION auth.record_login_failure(text);
DROP FUNCTION auth.record_login_success(uuid);
DROP FUNCTION auth.issue_refresh_token(uuid, uuid, bytea, timestamptz);
DROP FUNCTION auth.current_user_password_hash();
DROP FUNCTION auth.set_current_user_password_hash(text);

ALTER FUNCTION auth.rotate_refresh_token(bytea, bytea, timestamptz) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION auth.revoke_refresh_family(bytea) SET search_path = pg_catalog, public, pg_temp;
ALTER FUNCTION auth.revoke_user_sessions(uuid) SET search_path = pg_catalog, public, pg_temp;

-- One lock-out record per address (its SHA-256), for known and unknown addresses alike.
ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_failed_count_check;
ALTER TABLE login_throttle ADD CONSTRAINT login_throttle_failed_count_check CHECK (failed_count >= 0);
ALTER TABLE app_user DROP COLUMN failed_login_count;
ALTER TABLE app_user DROP COLUMN locked_until;

DROP INDEX app_user_email_key;
CREATE UNIQUE INDEX app_user_organisation_email_key ON app_user (organisation_id, email);
CREATE INDEX app_user_email ON app_user (email);

-- People: everyone reads their own organisation's people; only coordinators add and change
-- them, and never their own row, so roles are always changed by a second coordinator (the API
-- says so first). One's own language goes through app_set_my_language(). Likewise only a
-- coordinator may change the organisation's own row.
DROP POLICY app_user_tenant ON app_user;
CREATE POLICY app_user_read ON app_user FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id());
CREATE POLICY app_user_create ON app_user FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));
CREATE POLICY app_user_manage ON app_user FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR')
         AND id IS DISTINCT FROM app_current_user_id())
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR')
              AND id IS DISTINCT FROM app_current_user_id());

CREATE FUNCTION app_set_my_language(p_language text) RETURNS boolean
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    UPDATE app_user SET language = p_language
     WHERE id = app_current_user_id() AND organisation_id = app_current_organisation_id() AND active
    RETURNING true
  $$;
REVOKE ALL ON FUNCTION app_set_my_language(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_set_my_language(text) TO :"app_role";

DROP POLICY organisation_own_update ON organisation;
CREATE POLICY organisation_own_update ON organisation FOR UPDATE TO :"app_role"
  USING (id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'))
  WITH CHECK (id = app_current_organisation_id() AND app_current_user_has_role('COORDINATOR'));

-- The key from which the salt of an address without accounts is derived. Only the owner reads it.
CREATE TABLE auth.secret (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  salt_key  bytea NOT NULL CHECK (octet_length(salt_key) = 32)
);
INSERT INTO auth.secret (salt_key) VALUES (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')));
ALTER TABLE auth.secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth.secret FORCE ROW LEVEL SECURITY;
CREATE POLICY secret_owner ON auth.secret TO CURRENT_USER USING (true) WITH CHECK (true);
REVOKE ALL ON auth.secret FROM PUBLIC;

-- The argon2id prefix ($argon2id$v=19$m=…,t=…,p=…$salt) of a PHC hash string, or NULL.
CREATE FUNCTION auth.hash_prefix(p_hash text) RETURNS text
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
  AS $$ SELECT substring(p_hash FROM '^(\$argon2id\$v=[0-9]+\$[a-z]=[0-9]+(?:,[a-z]=[0-9]+)*\$[A-Za-z0-9+/]+)\$[A-Za-z0-9+/]+$') $$;

-- Takes one attempt on an address: locks its record (creating it) until the transaction ends,
-- refuses while a lock-out is in force (not counted), and otherwise counts the attempt before the
-- caller compares anything. Internal: not granted to the app role.
CREATE FUNCTION auth.take_attempt(p_email text, OUT refused boolean, OUT attempts integer, OUT locked_until timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_key bytea := sha256(convert_to(p_email, 'UTF8'));
    v_row login_throttle%ROWTYPE;
  BEGIN
    -- Forget stale records now and then; never wait for one that another attempt holds.
    DELETE FROM login_throttle WHERE email_hash IN (
      SELECT t.email_hash FROM login_throttle t
       WHERE t.last_failure_at < now() - interval '1 day' AND t.email_hash <> v_key
         AND (t.locked_until IS NULL OR t.locked_until < now())
       LIMIT 50 FOR UPDATE SKIP LOCKED);
    -- The record's row lock is what orders concurrent attempts on one address. (A record removed
    -- between the two statements by the clean-up above is simply made again.)
    LOOP
      INSERT INTO login_throttle (email_hash, failed_count) VALUES (v_key, 0) ON CONFLICT (email_hash) DO NOTHING;
      SELECT * INTO v_row FROM login_throttle t WHERE t.email_hash = v_key FOR UPDATE;
      EXIT WHEN FOUND;
    END LOOP;
    IF v_row.locked_until > now() THEN
      refused := true;
      attempts := v_row.failed_count;
      locked_until := v_row.locked_until;
      RETURN;
    END IF;
    -- From the fifth attempt in a row the address is locked for 1, 2, 4, … minutes (at most an
    -- hour); a matching password resets the record (never deletes it: others may wait on its lock).
    UPDATE login_throttle t
       SET failed_count = t.failed_count + 1,
           last_failure_at = now(),
           locked_until = CASE WHEN t.failed_count + 1 >= 5
                               THEN now() + least(power(2, t.failed_count + 1 - 5), 60) * interval '1 minute' END
     WHERE t.email_hash = v_key
    RETURNING * INTO v_row;
    refused := false;
    attempts := v_row.failed_count;
    locked_until := v_row.locked_until;
  END
  $$;

-- What a login needs before it can compute a candidate: the prefix (parameters and salt) of each
-- distinct hash of the address's accounts — normally one — or, for an address without accounts,
-- one derived from the secret with `p_default_params`; and the end of a lock-out in force. The
-- answer has the same shape either way.
CREATE FUNCTION auth.login_challenge(p_email text, p_default_params text)
  RETURNS TABLE (prefixes text[], locked_until timestamptz)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
  BEGIN
    IF p_default_params IS NULL OR p_default_params !~ '^[a-z]=[0-9]{1,7}(,[a-z]=[0-9]{1,7}){0,5}$' THEN
      RAISE EXCEPTION 'malformed argon2 parameters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
      SELECT coalesce(
               (SELECT array_agg(prefix ORDER BY prefix)
                  FROM (SELECT DISTINCT auth.hash_prefix(u.password_hash) AS prefix
                          FROM app_user u WHERE u.email = v_email) AS known
                 WHERE prefix IS NOT NULL),
               ARRAY['$argon2id$v=19$' || p_default_params || '$'
                     || rtrim(encode(substring(sha256((SELECT s.salt_key FROM auth.secret s) || convert_to(v_email, 'UTF8'))
                                               FROM 1 FOR 16), 'base64'), '=')]),
             (SELECT t.locked_until FROM login_throttle t
               WHERE t.email_hash = sha256(convert_to(v_email, 'UTF8')) AND t.locked_until > now());
  END
  $$;

-- A login attempt: counted (see auth.take_attempt), then compared with the address's active
-- accounts. On a match the lock-out record is reset, the session's first refresh token is
-- issued and the login audited; otherwise the failure is audited. Outcome: 'ok' | 'invalid' |
-- 'locked'. When one password opens two accounts (a person in two organisations using the same
-- password), the one used most recently wins.
CREATE FUNCTION auth.attempt_login(p_email text, p_candidates text[], p_family_id uuid, p_token_hash bytea,
                                   p_expires_at timestamptz)
  RETURNS TABLE (outcome text, user_id uuid, organisation_id uuid, locked_until timestamptz)
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

-- The signed-in user (the transaction's settings) changes their own password: the current one is
-- compared here, counted like a login attempt, and on success every other session of the user
-- ends (all refresh-token families but the one of `p_keep_token_hash`, the session asking).
-- Outcome: 'ok' | 'wrong' | 'locked' | 'unknown'.
CREATE FUNCTION auth.change_password(p_candidates text[], p_new_hash text, p_keep_token_hash bytea)
  RETURNS TABLE (outcome text, locked_until timestamptz, sessions_ended integer)
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
    UPDATE app_user SET password_hash = p_new_hash WHERE id = v_user.id;
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

REVOKE ALL ON FUNCTION auth.hash_prefix(text), auth.take_attempt(text), auth.login_challenge(text, text),
  auth.attempt_login(text, text[], uuid, bytea, timestamptz), auth.change_password(text[], text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.login_challenge(text, text), auth.attempt_login(text, text[], uuid, bytea, timestamptz),
  auth.change_password(text[], text, bytea) TO :"app_role";
