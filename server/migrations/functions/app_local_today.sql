-- Today in the organisation's own time zone (`organisation.time_zone`): the calendar day that
-- decides "overdue" and "due soon" for the partner doing the follow-up. Reads the organisation
-- directory, which every signed-in user (and the owner) may read: no SECURITY DEFINER. An
-- organisation it cannot see counts in UTC.
CREATE OR REPLACE FUNCTION app_local_today(p_organisation uuid, p_at timestamptz DEFAULT now()) RETURNS date
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT (p_at AT TIME ZONE coalesce((SELECT o.time_zone FROM organisation o WHERE o.id = p_organisation), 'UTC'))::date
  $$;

REVOKE ALL ON FUNCTION app_local_today(uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_local_today(uuid, timestamptz) TO :"app_role";
