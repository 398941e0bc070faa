-- FOLLOW_UP_STAFF: record arrival, plans, visits and assessments, and read shared health.
CREATE OR REPLACE FUNCTION app_is_follow_up_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('PARTNER_CASEWORKER') $$;
