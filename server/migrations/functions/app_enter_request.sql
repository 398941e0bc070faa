-- Who asks, for one request or short transaction: sets the tenant of the current transaction
-- (transaction-local, so it ends with it) and returns the signed-in user, read through row-level
-- security as the application role itself (invoker's rights). One round trip where there were
-- two (issue 10). A token whose user is gone, deactivated or of another organisation than its
-- claim finds no row and leaves the transaction as nobody. The roles go into app.roles: some
-- policies depend on them (health data). must_change_password: the API answers
-- PASSWORD_CHANGE_REQUIRED to all but choosing a password (0012).
CREATE OR REPLACE FUNCTION app_enter_request(p_user_id uuid, p_organisation_id uuid)
  RETURNS TABLE (user_id uuid, user_organisation_id uuid, user_roles text[], user_language text, user_must_change_password boolean)
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    person record;
  BEGIN
    PERFORM set_config('app.user_id', p_user_id::text, true),
            set_config('app.organisation_id', p_organisation_id::text, true),
            set_config('app.roles', '', true);
    SELECT u.id, u.organisation_id, u.roles, u.language, u.active, u.must_change_password INTO person
      FROM app_user u WHERE u.id = p_user_id;
    IF NOT FOUND OR NOT person.active OR person.organisation_id IS DISTINCT FROM p_organisation_id THEN
      PERFORM set_config('app.user_id', '', true), set_config('app.organisation_id', '', true);
      RETURN;
    END IF;
    PERFORM set_config('app.roles', array_to_string(person.roles, ','), true);
    RETURN QUERY SELECT person.id, person.organisation_id, person.roles, person.language, person.must_change_password;
  END
  $$;
