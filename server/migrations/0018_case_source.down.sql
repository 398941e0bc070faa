REVOKE UPDATE (source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id) ON referral_case FROM :"app_role";
ALTER TABLE referral_case
  DROP COLUMN source_consultation_id,
  DROP COLUMN source_outreach_activity_id,
  DROP COLUMN source_contact_id,
  DROP COLUMN source_kind;
ALTER TABLE staff_consultation DROP CONSTRAINT staff_consultation_organisation_id_id_key;
ALTER TABLE outreach_activity DROP CONSTRAINT outreach_activity_organisation_id_id_key;
ALTER TABLE contact_organisation DROP CONSTRAINT contact_organisation_organisation_id_id_key;
