-- The roles of the current actor, set per request next to app.organisation_id.
CREATE OR REPLACE FUNCTION app_current_user_has_role(VARIADIC p_roles text[]) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT string_to_array(nullif(current_setting('app.roles', true), ''), ',') && p_roles $$;
