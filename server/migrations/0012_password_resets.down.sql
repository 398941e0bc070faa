DROP FUNCTION IF EXISTS auth.request_password_reset(text, bytea, timestamptz);
DROP FUNCTION IF EXISTS auth.password_reset_challenge(bytea, text);
DROP FUNCTION IF EXISTS auth.complete_password_reset(bytea, text);
DROP FUNCTION IF EXISTS auth.set_first_password(text, bytea);

DROP FUNCTION IF EXISTS app_enter_request(uuid, uuid);
CREATE FUNCTION app_enter_request(p_user_id uuid, p_organisation_id uuid)
  RETURNS TABLE (user_id uuid, user_organisation_id uuid, user_roles text[], user_language text)
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    person record;
  BEGIN
    PERFORM set_config('app.user_id', p_user_id::text, true),
            set_config('app.organisation_id', p_organisation_id::text, true),
            set_config('app.roles', '', true);
    SELECT u.id, u.organisation_id, u.roles, u.language, u.active INTO person FROM app_user u WHERE u.id = p_user_id;
    IF NOT FOUND OR NOT person.active OR person.organisation_id IS DISTINCT FROM p_organisation_id THEN
      PERFORM set_config('app.user_id', '', true), set_config('app.organisation_id', '', true);
      RETURN;
    END IF;
    PERFORM set_config('app.roles', array_to_string(person.roles, ','), true);
    RETURN QUERY SELECT person.id, person.organisation_id, person.roles, person.language;
  END
  $$;

DROP TABLE password_reset;
DROP INDEX app_user_id_organisation;

DROP POLICY app_user_create ON app_user;
CREATE POLICY app_user_create ON app_user FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_coordinator()));
ALTER TABLE app_user DROP COLUMN must_change_password;
