-- Trigger of follow_up_visit (migration 0022): a visit is written with whether its case is open,
-- which the overdue indexes hold. SECURITY DEFINER: the partner who writes the visit may not read
-- the owner's case.
CREATE OR REPLACE FUNCTION app_visit_case_open() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    NEW.case_open := NOT EXISTS (SELECT 1 FROM referral_case c WHERE c.id = NEW.case_id AND c.status = 'CLOSED');
    RETURN NEW;
  END
  $$;

REVOKE ALL ON FUNCTION app_visit_case_open() FROM PUBLIC;
