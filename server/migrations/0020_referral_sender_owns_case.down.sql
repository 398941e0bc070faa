DROP INDEX referral_by_sender_partner;
ALTER TABLE referral DROP CONSTRAINT referral_sender_owns_case;
