-- Passwords belong to their owner (issue 11, point 3).
--
-- A person a coordinator adds starts with a temporary password and must choose their own at the
-- first login (must_change_password): until then the API answers PASSWORD_CHANGE_REQUIRED to
-- everything but setting it. A person locked out gets a one-time link, issued by a coordinator of
-- their organisation or sent to their address on request; only the SHA-256 of the link's token
-- is stored, it expires, and it is used once.

ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
GRANT SELECT (must_change_password), INSERT (must_change_password) ON app_user TO :"app_role";

-- Whoever a coordinator adds must choose their own password: the coordinator never knows a
-- password that stays.
DROP POLICY app_user_create ON app_user;
CREATE POLICY app_user_create ON app_user FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_coordinator())
              AND must_change_password);

CREATE UNIQUE INDEX app_user_id_organisation ON app_user (id, organisation_id);

CREATE TABLE password_reset (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  user_id         uuid NOT NULL,
  token_hash      bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
  -- COORDINATOR: issued by a coordinator and handed over by them; EMAIL: asked for by address.
  kind            text NOT NULL CHECK (kind IN ('ISSUED', 'EMAIL')),
  issued_by       uuid REFERENCES app_user (id),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (user_id, organisation_id) REFERENCES app_user (id, organisation_id),
  CHECK (expires_at > created_at AND expires_at <= created_at + interval '7 days'),
  CHECK ((kind = 'ISSUED') = (issued_by IS NOT NULL))
);
CREATE INDEX password_reset_user ON password_reset (user_id, created_at);

-- Coordinators issue links for the people of their own organisation and see when they were
-- issued and used; never the token's hash. Redeeming and e-mailed links go through the
-- auth.*password_reset* functions below (the person asking is not signed in).
ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_reset FORCE ROW LEVEL SECURITY;
CREATE POLICY password_reset_schema_owner_bypass ON password_reset TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY password_reset_read ON password_reset FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_coordinator()));
CREATE POLICY password_reset_issue ON password_reset FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_coordinator())
              AND kind = 'ISSUED' AND issued_by = (SELECT app_current_user_id()));
GRANT SELECT (id, organisation_id, user_id, kind, issued_by, expires_at, used_at, created_at) ON password_reset TO :"app_role";
GRANT INSERT (organisation_id, user_id, token_hash, kind, issued_by, expires_at) ON password_reset TO :"app_role";

-- The request's user now says whether they must choose a password first: a new result type, so
-- the function is dropped here and made again from its file (functions/app_enter_request.sql),
-- which runs after the migrations, like the new auth functions.
DROP FUNCTION IF EXISTS app_enter_request(uuid, uuid);

-- The new auth functions are created by their files in functions/ (applied after this migration).
