-- Trigger of referral_case (migration 0022): closing or reopening a case changes `case_open` on
-- all its visits. SECURITY DEFINER: the owner who changes the status may not write the partner's
-- visits.
CREATE OR REPLACE FUNCTION app_case_open_to_visits() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    UPDATE follow_up_visit SET case_open = (NEW.status <> 'CLOSED')
     WHERE case_id = NEW.id AND case_open IS DISTINCT FROM (NEW.status <> 'CLOSED');
    RETURN NULL;
  END
  $$;

REVOKE ALL ON FUNCTION app_case_open_to_visits() FROM PUBLIC;
