-- CASE_READERS: read their own office's cases (personal sections but health).
CREATE OR REPLACE FUNCTION app_is_case_reader() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR') $$;
