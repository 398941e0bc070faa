-- Attribution (issue 12, point 4): how the returnee came to the office — through an association
-- in the directory, an outreach activity, a city department (a consultation of its staff, or the
-- department's entry), an authority, on their own, or otherwise — so that reports can count
-- which outreach brings people. Null: not recorded. It is the owner's own knowledge of its own
-- directory: the references name only rows of the case's own organisation (composite foreign
-- keys on (organisation_id, id), checked by PostgreSQL whatever row-level security lets the
-- writer see), and the server shows it to the owner only (a partner reads null).

-- What the composite foreign keys point at.
ALTER TABLE contact_organisation ADD CONSTRAINT contact_organisation_organisation_id_id_key UNIQUE (organisation_id, id);
ALTER TABLE outreach_activity ADD CONSTRAINT outreach_activity_organisation_id_id_key UNIQUE (organisation_id, id);
ALTER TABLE staff_consultation ADD CONSTRAINT staff_consultation_organisation_id_id_key UNIQUE (organisation_id, id);

ALTER TABLE referral_case
  ADD COLUMN source_kind text CHECK (source_kind IN ('ASSOCIATION', 'OUTREACH_ACTIVITY', 'CITY_DEPARTMENT', 'AUTHORITY', 'OWN_INITIATIVE', 'OTHER')),
  ADD COLUMN source_contact_id uuid,
  ADD COLUMN source_outreach_activity_id uuid,
  ADD COLUMN source_consultation_id uuid,
  ADD CONSTRAINT referral_case_source_contact_fkey FOREIGN KEY (organisation_id, source_contact_id)
    REFERENCES contact_organisation (organisation_id, id),
  ADD CONSTRAINT referral_case_source_activity_fkey FOREIGN KEY (organisation_id, source_outreach_activity_id)
    REFERENCES outreach_activity (organisation_id, id),
  ADD CONSTRAINT referral_case_source_consultation_fkey FOREIGN KEY (organisation_id, source_consultation_id)
    REFERENCES staff_consultation (organisation_id, id),
  -- The references fit the kind: an association names its entry, an outreach activity the
  -- activity; a city department may name a consultation and/or its entry; an authority or
  -- another source may name an entry; on their own (or not recorded) names nothing.
  ADD CONSTRAINT referral_case_source_fits CHECK (CASE source_kind
    WHEN 'ASSOCIATION' THEN source_contact_id IS NOT NULL AND source_outreach_activity_id IS NULL AND source_consultation_id IS NULL
    WHEN 'OUTREACH_ACTIVITY' THEN source_outreach_activity_id IS NOT NULL AND source_contact_id IS NULL AND source_consultation_id IS NULL
    WHEN 'CITY_DEPARTMENT' THEN source_outreach_activity_id IS NULL
    WHEN 'AUTHORITY' THEN source_outreach_activity_id IS NULL AND source_consultation_id IS NULL
    WHEN 'OTHER' THEN source_outreach_activity_id IS NULL AND source_consultation_id IS NULL
    ELSE source_contact_id IS NULL AND source_outreach_activity_id IS NULL AND source_consultation_id IS NULL
  END);

-- Reports count cases per source, and per directory entry, activity and consultation (these also
-- serve the foreign keys when a referenced row is deleted).
CREATE INDEX referral_case_by_source ON referral_case (organisation_id, source_kind);
CREATE INDEX referral_case_by_source_contact ON referral_case (organisation_id, source_contact_id) WHERE source_contact_id IS NOT NULL;
CREATE INDEX referral_case_by_source_activity ON referral_case (organisation_id, source_outreach_activity_id) WHERE source_outreach_activity_id IS NOT NULL;
CREATE INDEX referral_case_by_source_consultation ON referral_case (organisation_id, source_consultation_id) WHERE source_consultation_id IS NOT NULL;

-- INSERT is granted on the whole table already (0002); edits name the new columns.
GRANT UPDATE (source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id) ON referral_case TO :"app_role";
