-- SUPERVISORS: record and edit supervision sessions.
CREATE OR REPLACE FUNCTION app_is_supervisor() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('SUPERVISOR') $$;
