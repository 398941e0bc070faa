-- Foundation: organisations (tenants), their users, login throttling and refresh tokens.
--
-- Runs as the owner role. `:"app_role"` is the application role (psql variable syntax, so this
-- file also runs in psql with -v app_role=...). The application role owns nothing and cannot
-- bypass row-level security; every table below has RLS enabled AND forced, so even the owner
-- is filtered, and sees everything only through an explicit owner policy.

-- The tenant settings of the current transaction. A missing setting, and the '' that a pooled
-- connection keeps after a transaction-local set_config, both mean "nobody": zero rows.
CREATE FUNCTION app_current_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;

CREATE FUNCTION app_current_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION app_touch_updated_at() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

-- Organisations ------------------------------------------------------------------------------

CREATE TABLE organisation (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  kind             text NOT NULL CHECK (kind IN ('CITY', 'MUNICIPALITY', 'CLDD_OFFICE')),
  country          text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  default_language text NOT NULL CHECK (default_language IN ('sv', 'en', 'bs', 'ar')),
  time_zone        text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_name_key ON organisation (lower(name));
CREATE TRIGGER organisation_updated_at BEFORE UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at();

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
-- The directory (name, kind, country) is readable by every signed-in user, so partner names
-- can be shown; only the organisation itself may change its own row.
CREATE POLICY organisation_directory ON organisation FOR SELECT TO :"app_role"
  USING (app_current_organisation_id() IS NOT NULL);
CREATE POLICY organisation_own_update ON organisation FOR UPDATE TO :"app_role"
  USING (id = app_current_organisation_id())
  WITH CHECK (id = app_current_organisation_id());
CREATE POLICY organisation_owner ON organisation TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON organisation TO :"app_role";
GRANT UPDATE (name, default_language, time_zone) ON organisation TO :"app_role";

-- Users --------------------------------------------------------------------------------------

CREATE TABLE app_user (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id    uuid NOT NULL REFERENCES organisation (id),
  email              text NOT NULL CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  name               text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  roles              text[] NOT NULL DEFAULT '{}'
                       CHECK (roles <@ ARRAY['CASEWORKER', 'SUPERVISOR', 'PARTNER_CASEWORKER', 'COORDINATOR', 'ANALYST']),
  language           text NOT NULL CHECK (language IN ('sv', 'en', 'bs', 'ar')),
  password_hash      text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  active             boolean NOT NULL DEFAULT true,
  failed_login_count integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
  locked_until       timestamptz,
  last_login_at      timestamptz,
  deactivated_at     timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (active = (deactivated_at IS NULL))
);
-- E-mail addresses are unique across organisations: a login names no organisation.
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
CREATE INDEX app_user_organisation_name ON app_user (organisation_id, lower(name), id);
CREATE TRIGGER app_user_updated_at BEFORE UPDATE ON app_user
  FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at();

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_tenant ON app_user TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY app_user_owner ON app_user TO CURRENT_USER USING (true) WITH CHECK (true);
-- No DELETE: people are deactivated, never removed, so what they did stays attributable.
-- The password hash is not readable by the application role at all: login and password
-- changes go through the SECURITY DEFINER functions in the auth schema.
GRANT SELECT (id, organisation_id, email, name, roles, language, active, failed_login_count, locked_until,
              last_login_at, deactivated_at, created_at, updated_at) ON app_user TO :"app_role";
GRANT INSERT (organisation_id, email, name, roles, language, password_hash) ON app_user TO :"app_role";
GRANT UPDATE (name, roles, language, active, deactivated_at) ON app_user TO :"app_role";

-- Login throttling for addresses that match no user, so that an unknown address is locked
-- out exactly like a known one and the answer never tells which is which.
CREATE TABLE login_throttle (
  email_hash      bytea PRIMARY KEY,
  failed_count    integer NOT NULL CHECK (failed_count > 0),
  locked_until    timestamptz,
  last_failure_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY;
ALTER TABLE login_throttle FORCE ROW LEVEL SECURITY;
CREATE POLICY login_throttle_owner ON login_throttle TO CURRENT_USER USING (true) WITH CHECK (true);

-- Refresh tokens: only their SHA-256 is stored. Each use rotates the token within its family;
-- using a rotated (or revoked) token again revokes the whole family.
CREATE TABLE refresh_token (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id       uuid NOT NULL,
  user_id         uuid NOT NULL REFERENCES app_user (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  token_hash      bytea NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  revoked_at      timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_user ON refresh_token (user_id);
ALTER TABLE refresh_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_token FORCE ROW LEVEL SECURITY;
CREATE POLICY refresh_token_owner ON refresh_token TO CURRENT_USER USING (true) WITH CHECK (true);

-- The auth schema: the only way the application role reaches credentials. Each function does
-- one narrow thing and runs as the owner (SECURITY DEFINER) with a fixed search_path.

CREATE SCHEMA auth;
REVOKE ALL ON SCHEMA auth FROM PUBLIC;
GRANT USAGE ON SCHEMA auth TO :"app_role";

-- What a login attempt needs to know about an address. Always one row: an unknown address
-- gets NULL user fields and the throttle's lock, so both cases take the same path.
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

-- Counts a failed attempt; from the fifth in a row the address is locked for 1, 2, 4, … minutes
-- (at most an hour). Returns the lock's end, or NULL.
CREATE FUNCTION auth.record_login_failure(p_email text) RETURNS timestamptz
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_until timestamptz;
  BEGIN
    UPDATE app_user
       SET failed_login_count = failed_login_count + 1,
           locked_until = CASE WHEN failed_login_count + 1 >= 5
                               THEN now() + least(power(2, failed_login_count + 1 - 5), 60) * interval '1 minute'
                               ELSE locked_until END
     WHERE email = v_email
    RETURNING locked_until INTO v_until;
    IF FOUND THEN
      RETURN v_until;
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
    RETURN v_until;
  END
  $$;

CREATE FUNCTION auth.record_login_success(p_user_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = p_user_id
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

-- Exchanges a refresh token for a new one in the same family.
-- outcome: 'ok' | 'unknown' | 'reused' (family now revoked) | 'expired' | 'inactive'.
CREATE FUNCTION auth.rotate_refresh_token(p_token_hash bytea, p_new_hash bytea, p_expires_at timestamptz)
  RETURNS TABLE (outcome text, user_id uuid, organisation_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
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

CREATE FUNCTION auth.revoke_refresh_family(p_token_hash bytea) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE refresh_token SET revoked_at = now()
     WHERE revoked_at IS NULL
       AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = p_token_hash)
  $$;

-- Deactivating a person ends all their sessions at once. Only for a user the caller's
-- organisation may see (RLS on app_user applies to the check below).
CREATE FUNCTION auth.revoke_user_sessions(p_user_id uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  BEGIN
    UPDATE refresh_token SET revoked_at = now()
     WHERE user_id = p_user_id AND revoked_at IS NULL
       AND organisation_id = app_current_organisation_id();
  END
  $$;

-- The signed-in user's own password hash, to check the current password before a change.
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
