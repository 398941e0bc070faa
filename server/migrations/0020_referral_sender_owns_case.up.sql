-- A referral is sent by the organisation that owns its case (issue 10). The service and the
-- referral_send policy have always required it (app_owns_case); now the database holds it for
-- every row, whoever writes it: the composite key below refuses a referral whose sender is not
-- the case's owner (23503), even from the schema owner. That makes a partner filter's count a
-- count of the sender's own referrals to that partner, read from one index, without looking each
-- case up (at 28,000 referred cases: about 50 ms → a few).
--
-- VALIDATE fails, naming the constraint, if an existing row breaks the rule: such a row was never
-- writable through the API, and is to be looked at by a person, not guessed at here.

ALTER TABLE referral
  ADD CONSTRAINT referral_sender_owns_case FOREIGN KEY (case_id, organisation_id)
  REFERENCES referral_case (id, organisation_id) ON DELETE CASCADE NOT VALID;
ALTER TABLE referral VALIDATE CONSTRAINT referral_sender_owns_case;

CREATE INDEX referral_by_sender_partner ON referral (organisation_id, to_organisation_id, case_id);
