DROP INDEX referral_case_sent;
DROP INDEX referral_sender_status;
DROP INDEX referral_case_responsible_open;
DROP INDEX follow_up_visit_due_partner;
DROP INDEX follow_up_visit_due_owner;
DROP TRIGGER follow_up_visit_latest ON follow_up_visit;
DROP FUNCTION app_mark_latest_visits();
ALTER TABLE follow_up_visit DROP COLUMN latest;
