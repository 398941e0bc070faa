-- Referral cases: cooperation agreements, returnees and households (one table per consent
-- section, so that row-level security can share sections separately), cases with gapless
-- numbers, consent, referrals to partners, and the hash-chained audit trail.
--
-- Who sees what is decided here. A case belongs to the organisation that opened it. A partner
-- sees a case, and the sections of it that a referral shares, only while that referral gives
-- access: it is PENDING (and not past its answer time) or ACCEPTED, the agreement it was sent
-- under is in force with the REFERRALS scope, and an active consent for that partner covers
-- the shared sections. Withdrawing consent, ending the agreement, or revoking, declining or
-- letting the referral expire ends the partner's access in the same instant, in every query.

-- The roles of the current actor, set per request next to app.organisation_id.
CREATE FUNCTION app_current_user_has_role(VARIADIC p_roles text[]) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT string_to_array(nullif(current_setting('app.roles', true), ''), ',') && p_roles $$;

ALTER TABLE organisation ADD COLUMN case_prefix text UNIQUE CHECK (case_prefix ~ '^[A-Z]{2,5}$');

-- Cooperation agreements ----------------------------------------------------------------------

CREATE TABLE cooperation_agreement (
  id                            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference_number              text NOT NULL CHECK (length(btrim(reference_number)) BETWEEN 1 AND 60),
  title                         text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
  scopes                        text[] NOT NULL
                                  CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['REFERRALS', 'FOLLOW_UP', 'SUPERVISION', 'REPORTING']),
  valid_from                    date NOT NULL,
  valid_to                      date NOT NULL,
  response_time_days            integer NOT NULL DEFAULT 7 CHECK (response_time_days BETWEEN 1 AND 90),
  proposed_by_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  proposed_by_user_id           uuid REFERENCES app_user (id),
  created_at                    timestamptz NOT NULL DEFAULT now(),
  terminated_at                 timestamptz,
  terminated_by_organisation_id uuid REFERENCES organisation (id),
  terminated_by_user_id         uuid REFERENCES app_user (id),
  termination_reason            text CHECK (length(termination_reason) <= 2000),
  CHECK (valid_from <= valid_to),
  CHECK ((terminated_at IS NULL) = (terminated_by_organisation_id IS NULL))
);
CREATE UNIQUE INDEX cooperation_agreement_reference_key
  ON cooperation_agreement (proposed_by_organisation_id, lower(reference_number));

CREATE TABLE agreement_party (
  agreement_id         uuid NOT NULL REFERENCES cooperation_agreement (id),
  organisation_id      uuid NOT NULL REFERENCES organisation (id),
  confirmed_at         timestamptz,
  confirmed_by_user_id uuid REFERENCES app_user (id),
  PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_party_organisation ON agreement_party (organisation_id);

-- Helpers for the policies. SECURITY DEFINER so that a policy may look at rows the caller cannot
-- see (the other parties of an agreement, the consent behind a referral) without recursion.
CREATE FUNCTION app_is_agreement_party(p_agreement uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (SELECT 1 FROM agreement_party
                    WHERE agreement_id = p_agreement AND organisation_id = app_current_organisation_id())
  $$;

-- In force: every party confirmed, not terminated, and today between its dates.
CREATE FUNCTION app_agreement_in_force(p_agreement uuid, p_scope text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM cooperation_agreement a
       WHERE a.id = p_agreement AND a.terminated_at IS NULL
         AND current_date BETWEEN a.valid_from AND a.valid_to
         AND p_scope = ANY (a.scopes)
         AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.confirmed_at IS NULL))
  $$;

ALTER TABLE cooperation_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE cooperation_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY cooperation_agreement_parties ON cooperation_agreement FOR SELECT TO :"app_role"
  USING (proposed_by_organisation_id = app_current_organisation_id() OR app_is_agreement_party(id));
CREATE POLICY cooperation_agreement_propose ON cooperation_agreement FOR INSERT TO :"app_role"
  WITH CHECK (proposed_by_organisation_id = app_current_organisation_id());
CREATE POLICY cooperation_agreement_terminate ON cooperation_agreement FOR UPDATE TO :"app_role"
  USING (app_is_agreement_party(id))
  WITH CHECK (terminated_by_organisation_id = app_current_organisation_id());
CREATE POLICY cooperation_agreement_owner ON cooperation_agreement TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON cooperation_agreement TO :"app_role";
GRANT INSERT (reference_number, title, scopes, valid_from, valid_to, response_time_days,
              proposed_by_organisation_id, proposed_by_user_id) ON cooperation_agreement TO :"app_role";
GRANT UPDATE (terminated_at, terminated_by_organisation_id, terminated_by_user_id, termination_reason)
  ON cooperation_agreement TO :"app_role";

ALTER TABLE agreement_party ENABLE ROW LEVEL SECURITY;
ALTER TABLE agreement_party FORCE ROW LEVEL SECURITY;
CREATE POLICY agreement_party_parties ON agreement_party FOR SELECT TO :"app_role"
  USING (app_is_agreement_party(agreement_id)
         OR EXISTS (SELECT 1 FROM cooperation_agreement a
                     WHERE a.id = agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id()));
-- Only the proposer names the parties, and only its own party row may start confirmed.
CREATE POLICY agreement_party_propose ON agreement_party FOR INSERT TO :"app_role"
  WITH CHECK (EXISTS (SELECT 1 FROM cooperation_agreement a
                       WHERE a.id = agreement_id AND a.proposed_by_organisation_id = app_current_organisation_id())
              AND (confirmed_at IS NULL OR organisation_id = app_current_organisation_id()));
CREATE POLICY agreement_party_confirm ON agreement_party FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY agreement_party_owner ON agreement_party TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON agreement_party TO :"app_role";
GRANT UPDATE (confirmed_at, confirmed_by_user_id) ON agreement_party TO :"app_role";

-- Cases ---------------------------------------------------------------------------------------

-- One row per organisation and year; taking a number updates it inside the creating
-- transaction, so concurrent creations queue on the row and a rolled-back one leaves no gap.
CREATE TABLE case_number_counter (
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last_number     integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (organisation_id, year)
);
ALTER TABLE case_number_counter ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_number_counter FORCE ROW LEVEL SECURITY;
CREATE POLICY case_number_counter_tenant ON case_number_counter TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY case_number_counter_owner ON case_number_counter TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON case_number_counter TO :"app_role";

CREATE TABLE referral_case (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id      uuid NOT NULL REFERENCES organisation (id),
  number               text NOT NULL UNIQUE,
  year                 integer NOT NULL,
  sequence             integer NOT NULL CHECK (sequence > 0),
  responsible_user_id  uuid NOT NULL REFERENCES app_user (id),
  destination_country  text NOT NULL CHECK (destination_country ~ '^[A-Z]{2}$'),
  destination_place    text NOT NULL CHECK (length(btrim(destination_place)) BETWEEN 1 AND 200),
  planned_departure    date,
  actual_departure     date,
  support_amount_minor bigint CHECK (support_amount_minor >= 0),
  support_currency     text CHECK (support_currency ~ '^[A-Z]{3}$'),
  status               text NOT NULL DEFAULT 'INTAKE'
                         CHECK (status IN ('INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION', 'CLOSED')),
  closure_reason       text CHECK (closure_reason IN ('COMPLETED', 'WITHDREW', 'DID_NOT_DEPART', 'CONTACT_LOST')),
  version              integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id   uuid NOT NULL REFERENCES app_user (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, year, sequence),
  CHECK ((support_amount_minor IS NULL) = (support_currency IS NULL)),
  CHECK ((status = 'CLOSED') = (closure_reason IS NOT NULL))
);
CREATE INDEX referral_case_updated ON referral_case (organisation_id, updated_at DESC, id);
CREATE INDEX referral_case_status ON referral_case (organisation_id, status);
CREATE TRIGGER referral_case_updated_at BEFORE UPDATE ON referral_case
  FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at();

-- The five consent sections, each in its own table (one row, or rows, per case).
CREATE TABLE returnee (                                    -- IDENTITY
  case_id           uuid PRIMARY KEY REFERENCES referral_case (id),
  organisation_id   uuid NOT NULL REFERENCES organisation (id),
  first_name        text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
  last_name         text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
  date_of_birth     date,
  sex               text NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
  citizenship       text CHECK (citizenship ~ '^[A-Z]{2}$'),
  languages         text[] NOT NULL DEFAULT '{}',
  -- A Swedish personal identity number (checked and normalised by the server), or another
  -- country's document number: capitals, digits, spaces, '-' and '/', with at least one letter.
  identity_number   text CHECK (identity_number ~ '^\d{8}-\d{4}$'
                                OR (identity_number ~ '^[A-Z0-9][A-Z0-9 /-]{3,29}$' AND identity_number ~ '[A-Z]')),
  document_language text NOT NULL CHECK (document_language IN ('sv', 'en', 'bs', 'ar', 'so', 'ckb'))
);
CREATE INDEX returnee_name ON returnee (organisation_id, lower(last_name), lower(first_name));

CREATE TABLE returnee_contact (                            -- CONTACT
  case_id           uuid PRIMARY KEY REFERENCES referral_case (id),
  organisation_id   uuid NOT NULL REFERENCES organisation (id),
  phone             text CHECK (length(phone) <= 40),
  email             text CHECK (length(email) <= 254),
  address_in_sweden text CHECK (length(address_in_sweden) <= 500),
  notes             text CHECK (length(notes) <= 4000)
);

CREATE TABLE household_member (                            -- HOUSEHOLD
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES referral_case (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  first_name      text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
  last_name       text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
  date_of_birth   date,
  sex             text NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
  relation        text NOT NULL CHECK (relation IN ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDPARENT', 'OTHER')),
  identity_number text CHECK (identity_number ~ '^\d{8}-\d{4}$'
                              OR (identity_number ~ '^[A-Z0-9][A-Z0-9 /-]{3,29}$' AND identity_number ~ '[A-Z]')),
  travels         boolean NOT NULL DEFAULT true,
  position        integer NOT NULL DEFAULT 0
);
CREATE INDEX household_member_case ON household_member (case_id, position);

CREATE TABLE case_needs (                                  -- NEEDS
  case_id         uuid PRIMARY KEY REFERENCES referral_case (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  description     text NOT NULL CHECK (length(description) <= 8000)
);

CREATE TABLE returnee_health (                             -- HEALTH
  case_id         uuid PRIMARY KEY REFERENCES referral_case (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  information     text NOT NULL CHECK (length(information) <= 8000),
  vulnerabilities text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE case_status_change (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id            uuid NOT NULL REFERENCES referral_case (id),
  organisation_id    uuid NOT NULL REFERENCES organisation (id),
  from_status        text,
  to_status          text NOT NULL,
  closure_reason     text,
  changed_by_user_id uuid NOT NULL REFERENCES app_user (id),
  changed_at         timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX case_status_change_case ON case_status_change (case_id, changed_at);

-- Attachments (the signed consent form): stored in the database, under the same rules as the rest.
CREATE TABLE attachment (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisation (id),
  file_name           text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 255),
  content_type        text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size                integer NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256              bytea NOT NULL,
  content             bytea NOT NULL,
  uploaded_by_user_id uuid NOT NULL REFERENCES app_user (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = size)
);

CREATE TABLE consent (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                 uuid NOT NULL REFERENCES referral_case (id),
  organisation_id         uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  sections                text[] NOT NULL
                            CHECK (cardinality(sections) > 0 AND sections <@ ARRAY['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH']),
  given_on                date NOT NULL,
  form_attachment_id      uuid REFERENCES attachment (id),
  recorded_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  recorded_at             timestamptz NOT NULL DEFAULT now(),
  withdrawn_at            timestamptz,
  withdrawn_by_user_id    uuid REFERENCES app_user (id),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by_user_id IS NULL)),
  CHECK (partner_organisation_id <> organisation_id)
);
-- One active consent per case and partner: a change is a withdrawal and a new consent.
CREATE UNIQUE INDEX consent_active_key ON consent (case_id, partner_organisation_id) WHERE withdrawn_at IS NULL;

CREATE TABLE referral (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id             uuid NOT NULL REFERENCES referral_case (id),
  organisation_id     uuid NOT NULL REFERENCES organisation (id),   -- the sender, owner of the case
  to_organisation_id  uuid NOT NULL REFERENCES organisation (id),
  agreement_id        uuid NOT NULL REFERENCES cooperation_agreement (id),
  sections            text[] NOT NULL
                        CHECK (sections <@ ARRAY['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH']),
  status              text NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED', 'COMPLETED')),
  decline_reason      text CHECK (length(decline_reason) <= 2000),
  sent_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  sent_at             timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz NOT NULL,
  responded_by_user_id uuid REFERENCES app_user (id),
  responded_at        timestamptz,
  revoked_at          timestamptz,
  revoked_by_user_id  uuid REFERENCES app_user (id),
  completed_at        timestamptz,
  CHECK (to_organisation_id <> organisation_id),
  CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
CREATE INDEX referral_case_id ON referral (case_id);
CREATE INDEX referral_inbox ON referral (to_organisation_id, status, sent_at);
-- At most one live referral of a case to one partner.
CREATE UNIQUE INDEX referral_open_key ON referral (case_id, to_organisation_id) WHERE status IN ('PENDING', 'ACCEPTED');

-- Whether a referral gives its receiver access now (see the head of this file).
CREATE FUNCTION app_referral_gives_access(p_case uuid, p_to uuid, p_agreement uuid, p_status text,
                                          p_expires_at timestamptz, p_sections text[]) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT (p_status = 'ACCEPTED' OR (p_status = 'PENDING' AND p_expires_at > now()))
       AND app_agreement_in_force(p_agreement, 'REFERRALS')
       AND EXISTS (SELECT 1 FROM consent c
                    WHERE c.case_id = p_case AND c.partner_organisation_id = p_to
                      AND c.withdrawn_at IS NULL AND c.sections @> p_sections)
  $$;

-- The sections of a case the current organisation sees as a partner: NULL when no referral gives
-- it access, else the union of the sections its live referrals share (possibly empty).
CREATE FUNCTION app_partner_sections(p_case uuid) RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT CASE WHEN count(*) = 0 THEN NULL
                ELSE coalesce(array_agg(DISTINCT section ORDER BY section) FILTER (WHERE section IS NOT NULL), '{}') END
      FROM referral r
      LEFT JOIN LATERAL unnest(r.sections) AS section ON true
     WHERE r.case_id = p_case AND r.to_organisation_id = app_current_organisation_id()
       AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
  $$;

-- Policies: the owner organisation (people who work with cases), and partners per section.
ALTER TABLE referral_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_case FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_case_owner_read ON referral_case FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id() OR app_partner_sections(id) IS NOT NULL);
CREATE POLICY referral_case_owner_insert ON referral_case FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY referral_case_owner_update ON referral_case FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY referral_case_owner ON referral_case TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON referral_case TO :"app_role";
GRANT UPDATE (responsible_user_id, destination_country, destination_place, planned_departure, actual_departure,
              support_amount_minor, support_currency, status, closure_reason, version) ON referral_case TO :"app_role";

-- returnee, returnee_contact, household_member, case_needs: same shape, one section each.
CREATE POLICY returnee_owner_rw ON returnee TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY returnee_partner_read ON returnee FOR SELECT TO :"app_role"
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'IDENTITY' = ANY (app_partner_sections(case_id)));

CREATE POLICY returnee_contact_owner_rw ON returnee_contact TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY returnee_contact_partner_read ON returnee_contact FOR SELECT TO :"app_role"
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'CONTACT' = ANY (app_partner_sections(case_id)));

CREATE POLICY household_member_owner_rw ON household_member TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY household_member_partner_read ON household_member FOR SELECT TO :"app_role"
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'HOUSEHOLD' = ANY (app_partner_sections(case_id)));

CREATE POLICY case_needs_owner_rw ON case_needs TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY case_needs_partner_read ON case_needs FOR SELECT TO :"app_role"
  USING (app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') AND 'NEEDS' = ANY (app_partner_sections(case_id)));

-- Health has its own, narrower rule: caseworkers and supervisors of the owner, and partner
-- caseworkers it is shared with; not coordinators, never analysts.
CREATE POLICY returnee_health_owner_rw ON returnee_health TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR'));
CREATE POLICY returnee_health_partner_read ON returnee_health FOR SELECT TO :"app_role"
  USING (app_current_user_has_role('PARTNER_CASEWORKER') AND 'HEALTH' = ANY (app_partner_sections(case_id)));

ALTER TABLE returnee ENABLE ROW LEVEL SECURITY;
ALTER TABLE returnee FORCE ROW LEVEL SECURITY;
ALTER TABLE returnee_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE returnee_contact FORCE ROW LEVEL SECURITY;
ALTER TABLE household_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE household_member FORCE ROW LEVEL SECURITY;
ALTER TABLE case_needs ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_needs FORCE ROW LEVEL SECURITY;
ALTER TABLE returnee_health ENABLE ROW LEVEL SECURITY;
ALTER TABLE returnee_health FORCE ROW LEVEL SECURITY;
CREATE POLICY returnee_owner ON returnee TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY returnee_contact_owner ON returnee_contact TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY household_member_owner ON household_member TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY case_needs_owner ON case_needs TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY returnee_health_owner ON returnee_health TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON returnee, returnee_contact, case_needs, returnee_health TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON household_member TO :"app_role";

ALTER TABLE case_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY case_status_change_read ON case_status_change FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id() OR app_partner_sections(case_id) IS NOT NULL);
CREATE POLICY case_status_change_insert ON case_status_change FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY case_status_change_owner ON case_status_change TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON case_status_change TO :"app_role";

ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY attachment_tenant ON attachment TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY attachment_owner ON attachment TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON attachment TO :"app_role";

ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_tenant ON consent TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY consent_owner ON consent TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON consent TO :"app_role";
GRANT UPDATE (withdrawn_at, withdrawn_by_user_id) ON consent TO :"app_role";

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral FORCE ROW LEVEL SECURITY;
CREATE POLICY referral_read ON referral FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id()
         OR (to_organisation_id = app_current_organisation_id()
             AND app_referral_gives_access(case_id, to_organisation_id, agreement_id, status, expires_at, sections)));
CREATE POLICY referral_send ON referral FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id());
-- The sender revokes or completes. The receiver answers through app_answer_referral() below: a
-- declined referral must vanish from the receiver's sight, which a plain UPDATE under the
-- receiver's own SELECT policy could not write.
CREATE POLICY referral_update ON referral FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id())
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY referral_owner ON referral TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON referral TO :"app_role";
GRANT INSERT (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at)
  ON referral TO :"app_role";
GRANT UPDATE (status, decline_reason, responded_by_user_id, responded_at, revoked_at, revoked_by_user_id, completed_at)
  ON referral TO :"app_role";

-- The receiving organisation accepts or declines a referral that gives it access now.
CREATE FUNCTION app_answer_referral(p_referral uuid, p_status text, p_reason text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  BEGIN
    IF p_status NOT IN ('ACCEPTED', 'DECLINED') OR (p_status = 'DECLINED') <> (nullif(btrim(p_reason), '') IS NOT NULL)
       OR NOT app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') THEN
      RETURN false;
    END IF;
    UPDATE referral r
       SET status = p_status, decline_reason = CASE WHEN p_status = 'DECLINED' THEN btrim(p_reason) END,
           responded_by_user_id = app_current_user_id(), responded_at = now()
     WHERE r.id = p_referral AND r.to_organisation_id = app_current_organisation_id() AND r.status = 'PENDING'
       AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections);
    RETURN FOUND;
  END
  $$;

-- Names of staff that the current organisation may show: its own people, and the people of
-- organisations it has an agreement in force with (whatever the scope). A name, nothing more.
CREATE FUNCTION app_staff_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.id = ANY (p_ids)
       AND (u.organisation_id = app_current_organisation_id()
            OR EXISTS (SELECT 1 FROM agreement_party mine
                         JOIN agreement_party theirs ON theirs.agreement_id = mine.agreement_id
                         JOIN cooperation_agreement a ON a.id = mine.agreement_id
                        WHERE mine.organisation_id = app_current_organisation_id()
                          AND theirs.organisation_id = u.organisation_id
                          AND a.terminated_at IS NULL AND current_date BETWEEN a.valid_from AND a.valid_to))
  $$;

-- Audit trail --------------------------------------------------------------------------------

-- Append-only and hash-chained. Requests insert events (the application role may insert and
-- read, nothing else); a sealer then gives each new event, in id order, its place in the chain
-- and hash = sha256(previous hash ‖ canonical text of the event). `npm run audit:verify` walks
-- the chain and names the first event that was changed or removed.
CREATE TABLE audit_event (
  id                      bigserial PRIMARY KEY,
  occurred_at             timestamptz NOT NULL DEFAULT clock_timestamp(),
  organisation_id         uuid REFERENCES organisation (id),   -- the actor's organisation (NULL: not signed in)
  subject_organisation_id uuid REFERENCES organisation (id),   -- whose data it concerns
  actor_user_id           uuid REFERENCES app_user (id),
  action                  text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
  entity_type             text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 60),
  entity_id               text CHECK (length(entity_id) <= 100),
  request_id              text CHECK (length(request_id) <= 128),
  details                 jsonb NOT NULL DEFAULT '{}',
  chain_position          bigint UNIQUE,
  previous_hash           bytea,
  hash                    bytea
);
CREATE INDEX audit_event_subject ON audit_event (subject_organisation_id, entity_type, entity_id, id);
CREATE INDEX audit_event_unsealed ON audit_event (id) WHERE chain_position IS NULL;

CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  position  bigint NOT NULL,
  hash      bytea NOT NULL
);
INSERT INTO audit_chain_head (position, hash) VALUES (0, sha256(convert_to('cirkel audit trail', 'UTF8')));

CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT concat_ws('|', e.chain_position, e.id,
                     to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(e.organisation_id::text, '-'), coalesce(e.subject_organisation_id::text, '-'),
                     coalesce(e.actor_user_id::text, '-'), e.action, e.entity_type, coalesce(e.entity_id, '-'),
                     coalesce(e.request_id, '-'), e.details::text)
  $$;

CREATE FUNCTION audit_event_hash(e audit_event, p_previous bytea) RETURNS bytea
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT sha256(p_previous || convert_to(audit_event_canonical(e), 'UTF8')) $$;

-- Events are never changed or removed; the one permitted update is sealing an unsealed event.
CREATE FUNCTION audit_event_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
       AND (OLD.id, OLD.occurred_at, OLD.organisation_id, OLD.subject_organisation_id, OLD.actor_user_id, OLD.action,
            OLD.entity_type, OLD.entity_id, OLD.request_id, OLD.details)
           IS NOT DISTINCT FROM
           (NEW.id, NEW.occurred_at, NEW.organisation_id, NEW.subject_organisation_id, NEW.actor_user_id, NEW.action,
            NEW.entity_type, NEW.entity_id, NEW.request_id, NEW.details) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
  END
  $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_guard();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard();

-- Whose data an event concerns, when the writer does not know (a refused look at someone else's
-- case): the owner of the entity, so that its coordinators see the attempt. A trigger, so the
-- answer never reaches the writer.
CREATE FUNCTION audit_event_fill_subject() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  BEGIN
    IF NEW.subject_organisation_id IS NULL AND NEW.entity_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      NEW.subject_organisation_id := CASE NEW.entity_type
        WHEN 'case' THEN (SELECT organisation_id FROM referral_case WHERE id = NEW.entity_id::uuid)
        WHEN 'referral' THEN (SELECT organisation_id FROM referral WHERE id = NEW.entity_id::uuid)
        WHEN 'consent' THEN (SELECT organisation_id FROM consent WHERE id = NEW.entity_id::uuid)
        WHEN 'attachment' THEN (SELECT organisation_id FROM attachment WHERE id = NEW.entity_id::uuid)
        WHEN 'agreement' THEN (SELECT proposed_by_organisation_id FROM cooperation_agreement WHERE id = NEW.entity_id::uuid)
        ELSE NULL END;
    END IF;
    NEW.subject_organisation_id := coalesce(NEW.subject_organisation_id, NEW.organisation_id);
    RETURN NEW;
  END
  $$;
CREATE TRIGGER audit_event_subject BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_fill_subject();

CREATE FUNCTION audit_seal() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_position bigint;
    v_hash bytea;
    v_previous bytea;
    v_event audit_event%ROWTYPE;
    v_count integer := 0;
  BEGIN
    -- The head row is the lock: one sealer at a time, across every server instance.
    SELECT position, hash INTO v_position, v_hash FROM audit_chain_head FOR UPDATE;
    FOR v_event IN SELECT * FROM audit_event WHERE chain_position IS NULL ORDER BY id LOOP
      v_position := v_position + 1;
      v_previous := v_hash;
      v_event.chain_position := v_position;
      v_hash := audit_event_hash(v_event, v_previous);
      UPDATE audit_event SET chain_position = v_position, previous_hash = v_previous, hash = v_hash WHERE id = v_event.id;
      v_count := v_count + 1;
    END LOOP;
    UPDATE audit_chain_head SET position = v_position, hash = v_hash;
    RETURN v_count;
  END
  $$;

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id() OR subject_organisation_id = app_current_organisation_id());
-- Events are written as the actor's organisation, or with none when nobody is signed in.
CREATE POLICY audit_event_append ON audit_event FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id IS NOT DISTINCT FROM app_current_organisation_id()
              AND chain_position IS NULL AND hash IS NULL AND previous_hash IS NULL);
CREATE POLICY audit_event_owner ON audit_event TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON audit_event TO :"app_role";
GRANT INSERT (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, request_id, details)
  ON audit_event TO :"app_role";
GRANT USAGE ON SEQUENCE audit_event_id_seq TO :"app_role";

ALTER TABLE audit_chain_head ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain_head FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_chain_head_owner ON audit_chain_head TO CURRENT_USER USING (true) WITH CHECK (true);

-- Logins leave their trace in the same transaction that counts them.
CREATE OR REPLACE FUNCTION auth.record_login_failure(p_email text) RETURNS timestamptz
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_until timestamptz;
    v_user app_user%ROWTYPE;
  BEGIN
    UPDATE app_user
       SET failed_login_count = failed_login_count + 1,
           locked_until = CASE WHEN failed_login_count + 1 >= 5
                               THEN now() + least(power(2, failed_login_count + 1 - 5), 60) * interval '1 minute'
                               ELSE locked_until END
     WHERE email = v_email
    RETURNING * INTO v_user;
    IF FOUND THEN
      INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
      VALUES (v_user.organisation_id, v_user.organisation_id, v_user.id, 'auth.login_failed', 'user', v_user.id::text,
              jsonb_build_object('failedCount', v_user.failed_login_count, 'locked', v_user.locked_until IS NOT NULL));
      RETURN v_user.locked_until;
    END IF;
    DELETE FROM login_throttle WHERE last_failure_at < now() - interval '1 day';
    INSERT INTO login_throttle AS t (email_hash, failed_count, locked_until)
         VALUES (sha256(convert_to(v_email, 'UTF8')), 1, NULL)
    ON CONFLICT (email_hash) DO UPDATE
       SET failed_count = t.failed_count + 1,
           last_failure_at = now(),
           locked_until = CASE WHEN t.failed_count + 1 >= 5
                               THEN now() + least(power(2, t.failed_count + 1 - 5), 60) * interval '1 minute'
                               ELSE t.locked_until END
    RETURNING locked_until INTO v_until;
    INSERT INTO audit_event (action, entity_type, details)
    VALUES ('auth.login_failed', 'user', jsonb_build_object('unknownAddress', true));
    RETURN v_until;
  END
  $$;

CREATE OR REPLACE FUNCTION auth.record_login_success(p_user_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = p_user_id;
    INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id)
    SELECT organisation_id, organisation_id, id, 'auth.login', 'user', id::text FROM app_user WHERE id = p_user_id;
  $$;

-- Pending referrals past their answer time become EXPIRED, for every organisation at once (a
-- periodic task of the server; access already ended at expires_at through the policies).
CREATE FUNCTION app_expire_referrals() RETURNS TABLE (referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    WITH expired AS (
      UPDATE referral SET status = 'EXPIRED'
       WHERE status = 'PENDING' AND expires_at <= now()
      RETURNING id, organisation_id, to_organisation_id, case_id
    ), logged AS (
      INSERT INTO audit_event (subject_organisation_id, action, entity_type, entity_id, details)
      SELECT organisation_id, 'referral.expire', 'referral', id::text, jsonb_build_object('caseId', case_id, 'to', to_organisation_id)
        FROM expired
    )
    SELECT id, organisation_id, to_organisation_id, case_id FROM expired
  $$;

REVOKE ALL ON FUNCTION app_is_agreement_party(uuid), app_agreement_in_force(uuid, text),
  app_referral_gives_access(uuid, uuid, uuid, text, timestamptz, text[]), app_partner_sections(uuid), app_answer_referral(uuid, text, text),
  app_staff_names(uuid[]), app_expire_referrals(), audit_seal() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_is_agreement_party(uuid), app_agreement_in_force(uuid, text),
  app_referral_gives_access(uuid, uuid, uuid, text, timestamptz, text[]), app_partner_sections(uuid), app_answer_referral(uuid, text, text),
  app_staff_names(uuid[]), app_expire_referrals(), audit_seal() TO :"app_role";
