-- The worklist's overdue follow-ups from an index alone (issue 10, points 2 and 3).
--
-- app_overdue_follow_ups() found each organisation's overdue latest visits through the partial
-- indexes of migration 0009, then asked of every one whether its case is still open: at volume
-- Stockholm has 5,573 overdue latest visits, 3,208 of them on CLOSED cases, and the 5,573 probes
-- into referral_case were 20 of the overdue list's 27 ms.
--
-- A visit now carries whether its case is open (`case_open`), kept by the database: set from the
-- case when the visit is written (BEFORE INSERT), and changed on all the case's visits when the
-- case is closed or reopened (AFTER UPDATE OF status on referral_case). Both triggers are
-- SECURITY DEFINER: the partner writes visits under row-level security that does not let it read
-- the owner's case status, and the owner changes the status of a case whose visits only the
-- partner may write. The overdue indexes hold open cases only, and app_overdue_follow_ups reads
-- them without a probe per visit (its file in functions/).

ALTER TABLE follow_up_visit ADD COLUMN case_open boolean NOT NULL DEFAULT true;

UPDATE follow_up_visit v SET case_open = false
  FROM referral_case c
 WHERE c.id = v.case_id AND c.status = 'CLOSED';

CREATE FUNCTION app_visit_case_open() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    NEW.case_open := NOT EXISTS (SELECT 1 FROM referral_case c WHERE c.id = NEW.case_id AND c.status = 'CLOSED');
    RETURN NEW;
  END
  $$;
REVOKE ALL ON FUNCTION app_visit_case_open() FROM PUBLIC;

CREATE TRIGGER follow_up_visit_case_open BEFORE INSERT OR UPDATE OF case_id ON follow_up_visit
  FOR EACH ROW EXECUTE FUNCTION app_visit_case_open();

CREATE FUNCTION app_case_open_to_visits() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    UPDATE follow_up_visit SET case_open = (NEW.status <> 'CLOSED')
     WHERE case_id = NEW.id AND case_open IS DISTINCT FROM (NEW.status <> 'CLOSED');
    RETURN NULL;
  END
  $$;
REVOKE ALL ON FUNCTION app_case_open_to_visits() FROM PUBLIC;

CREATE TRIGGER referral_case_visits_open AFTER UPDATE OF status ON referral_case
  FOR EACH ROW WHEN ((OLD.status = 'CLOSED') IS DISTINCT FROM (NEW.status = 'CLOSED'))
  EXECUTE FUNCTION app_case_open_to_visits();

DROP INDEX follow_up_visit_due_owner;
DROP INDEX follow_up_visit_due_partner;
CREATE INDEX follow_up_visit_due_owner ON follow_up_visit (owner_organisation_id, partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND case_open AND next_visit_on IS NOT NULL;
CREATE INDEX follow_up_visit_due_partner ON follow_up_visit (partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND case_open AND next_visit_on IS NOT NULL;
