DROP INDEX follow_up_visit_due_partner;
DROP INDEX follow_up_visit_due_owner;
CREATE INDEX follow_up_visit_due_owner ON follow_up_visit (owner_organisation_id, partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND next_visit_on IS NOT NULL;
CREATE INDEX follow_up_visit_due_partner ON follow_up_visit (partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND next_visit_on IS NOT NULL;

DROP TRIGGER referral_case_visits_open ON referral_case;
DROP FUNCTION app_case_open_to_visits();
DROP TRIGGER follow_up_visit_case_open ON follow_up_visit;
DROP FUNCTION app_visit_case_open();

ALTER TABLE follow_up_visit DROP COLUMN case_open;
