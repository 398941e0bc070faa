-- COORDINATORS: manage the organisation's users and agreements, and read the audit trail.
CREATE OR REPLACE FUNCTION app_is_coordinator() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('COORDINATOR') $$;
