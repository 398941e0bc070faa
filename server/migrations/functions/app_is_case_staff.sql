-- CASE_STAFF: open, edit and refer their office's cases, record consent, read health.
CREATE OR REPLACE FUNCTION app_is_case_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR') $$;
