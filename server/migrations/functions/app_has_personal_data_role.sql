-- PERSONAL_DATA: every role that works with personal data (all but ANALYST).
CREATE OR REPLACE FUNCTION app_has_personal_data_role() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'PARTNER_CASEWORKER', 'COORDINATOR') $$;
