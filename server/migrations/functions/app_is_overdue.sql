-- Whether a due date has passed on the partner organisation's own calendar day (app_local_today):
-- on the day itself it is not yet overdue; no date never is.
CREATE OR REPLACE FUNCTION app_is_overdue(p_due date, p_organisation uuid, p_at timestamptz DEFAULT now()) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT p_due IS NOT NULL AND p_due < app_local_today(p_organisation, p_at)
  $$;

REVOKE ALL ON FUNCTION app_is_overdue(date, uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_is_overdue(date, uuid, timestamptz) TO :"app_role";
