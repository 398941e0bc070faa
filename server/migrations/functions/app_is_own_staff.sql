-- The staff named on a row (a follow-up's owner, who held an activity) are the organisation's own.
-- Invoker's rights: app_user's own policies decide what it may see.
CREATE OR REPLACE FUNCTION app_is_own_staff(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.organisation_id = app_current_organisation_id()) $$;
