-- A time zone PostgreSQL does not know would make every "overdue" of that partner fail: refused
-- when it is written (22023, invalid_parameter_value), not when it is used.
CREATE OR REPLACE FUNCTION app_check_time_zone() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    PERFORM now() AT TIME ZONE NEW.time_zone;
    RETURN NEW;
  END
  $$;

REVOKE ALL ON FUNCTION app_check_time_zone() FROM PUBLIC;
