DROP INDEX referral_case_open;
DROP INDEX referral_received_access;
DROP INDEX consent_partner_active;
DROP INDEX returnee_search;
ALTER TABLE returnee DROP COLUMN search_text;
CREATE INDEX returnee_search ON returnee USING gin (app_returnee_search_text(first_name, last_name) gin_trgm_ops);
DROP INDEX referral_sender_partner;
DROP INDEX referral_case_id_organisation;
