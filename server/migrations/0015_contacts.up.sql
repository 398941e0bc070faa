-- Contacts (issue 12): each organisation's own directory of external organisations (immigrant
-- associations, authorities, international organisations…), their cooperation status with its
-- history, and the contact persons under each. Nobody outside the owning organisation reads any
-- of it; inside, every role that works with personal data reads and writes it (not analysts, who
-- get counts from the reports). A contact person is personal data: reads are audited, and a
-- person can be removed (DELETE). An organisation is archived rather than deleted once it has
-- history worth keeping.

-- A name as the directory compares it: lower case, diacritics folded (unaccent: "Hodžić" →
-- "hodzic", "Đ" → "d"), every run of anything but letters and digits one space, trimmed: so
-- "Al-Obaidi", "al obaidi" and "AL  OBAIDI." are one name. The generated column name_key and the
-- searches use it: a change of its body needs those rows rewritten.
CREATE FUNCTION app_contact_name_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, p_text)), '[^[:alnum:]]+', ' ', 'g')) $$;

CREATE TABLE contact_organisation (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  name                        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind                        text NOT NULL CHECK (kind IN ('IMMIGRANT_ASSOCIATION', 'FAITH_COMMUNITY', 'AUTHORITY',
                                'INTERNATIONAL_ORGANISATION', 'NGO', 'EMBASSY', 'CITY_DEPARTMENT', 'FUNDER', 'OTHER')),
  focus_countries             text[] NOT NULL DEFAULT '{}'
                                CHECK (cardinality(focus_countries) <= 30 AND array_to_string(focus_countries, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
  languages                   text[] NOT NULL DEFAULT '{}'
                                CHECK (cardinality(languages) <= 20 AND array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$'),
  district                    text CHECK (length(district) BETWEEN 1 AND 200),
  address                     text CHECK (length(address) BETWEEN 1 AND 500),
  website                     text CHECK (length(website) BETWEEN 1 AND 500),
  status                      text NOT NULL DEFAULT 'PROSPECT' CHECK (status IN ('PROSPECT', 'CONTACTED', 'COOPERATING', 'DORMANT')),
  letter_of_intent_attachment_id uuid REFERENCES attachment (id),
  -- What duplicates and search compare (app_contact_name_key).
  name_key                    text GENERATED ALWAYS AS (app_contact_name_key(name)) STORED,
  version                     integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  archived_at                 timestamptz,
  archived_by_user_id         uuid REFERENCES app_user (id),
  CHECK ((archived_at IS NULL) = (archived_by_user_id IS NULL))
);
-- One entry per name and kind in a directory (archived ones included: restore instead).
CREATE UNIQUE INDEX contact_organisation_name_kind_key ON contact_organisation (organisation_id, kind, name_key);
-- The directory's page: by name, then id.
CREATE INDEX contact_organisation_by_name ON contact_organisation (organisation_id, name_key, id);
CREATE INDEX contact_organisation_focus ON contact_organisation USING gin (focus_countries);
CREATE INDEX contact_organisation_name_search ON contact_organisation USING gin (name_key gin_trgm_ops);

CREATE TABLE contact_status_change (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  contact_organisation_id     uuid NOT NULL REFERENCES contact_organisation (id) ON DELETE CASCADE,
  from_status                 text CHECK (from_status IN ('PROSPECT', 'CONTACTED', 'COOPERATING', 'DORMANT')),
  to_status                   text NOT NULL CHECK (to_status IN ('PROSPECT', 'CONTACTED', 'COOPERATING', 'DORMANT')),
  note                        text CHECK (length(note) BETWEEN 1 AND 2000),
  changed_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  changed_at                  timestamptz NOT NULL DEFAULT now(),
  CHECK (from_status IS DISTINCT FROM to_status)
);
CREATE INDEX contact_status_change_by_contact ON contact_status_change (contact_organisation_id, changed_at, id);

CREATE TABLE contact_person (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  contact_organisation_id     uuid NOT NULL REFERENCES contact_organisation (id) ON DELETE CASCADE,
  name                        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role_title                  text CHECK (length(role_title) BETWEEN 1 AND 200),
  phone                       text CHECK (length(phone) BETWEEN 1 AND 40),
  email                       text CHECK (length(email) BETWEEN 3 AND 254),
  preferred_language          text CHECK (preferred_language ~ '^[a-z]{2,3}$'),
  version                     integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_person_by_contact ON contact_person (contact_organisation_id, name, id);

-- A row's owner must be the contact organisation's owner (a person or status change cannot be
-- hung under another directory's entry, even by a caller who guessed its id).
CREATE FUNCTION app_contact_in_directory(p_contact uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM contact_organisation c
                    WHERE c.id = p_contact AND c.organisation_id = app_current_organisation_id())
  $$;

ALTER TABLE contact_organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_organisation_schema_owner_bypass ON contact_organisation TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY contact_organisation_read ON contact_organisation FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY contact_organisation_create ON contact_organisation FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND created_by_user_id = (SELECT app_current_user_id()) AND archived_at IS NULL
              AND (letter_of_intent_attachment_id IS NULL
                   OR EXISTS (SELECT 1 FROM attachment a WHERE a.id = contact_organisation.letter_of_intent_attachment_id
                                                           AND a.organisation_id = (SELECT app_current_organisation_id()))));
CREATE POLICY contact_organisation_update ON contact_organisation FOR UPDATE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()))
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id())
              AND (archived_by_user_id IS NULL OR archived_by_user_id = (SELECT app_current_user_id()))
              AND (letter_of_intent_attachment_id IS NULL
                   OR EXISTS (SELECT 1 FROM attachment a WHERE a.id = contact_organisation.letter_of_intent_attachment_id
                                                           AND a.organisation_id = (SELECT app_current_organisation_id()))));
CREATE POLICY contact_organisation_delete ON contact_organisation FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, DELETE ON contact_organisation TO :"app_role";
GRANT INSERT (organisation_id, name, kind, focus_countries, languages, district, address, website, status,
              letter_of_intent_attachment_id, created_by_user_id) ON contact_organisation TO :"app_role";
GRANT UPDATE (name, kind, focus_countries, languages, district, address, website, status, letter_of_intent_attachment_id,
              version, updated_at, archived_at, archived_by_user_id) ON contact_organisation TO :"app_role";

ALTER TABLE contact_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_status_change_schema_owner_bypass ON contact_status_change TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY contact_status_change_read ON contact_status_change FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY contact_status_change_insert ON contact_status_change FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND changed_by_user_id = (SELECT app_current_user_id()) AND app_contact_in_directory(contact_organisation_id));
GRANT SELECT ON contact_status_change TO :"app_role";
GRANT INSERT (organisation_id, contact_organisation_id, from_status, to_status, note, changed_by_user_id) ON contact_status_change TO :"app_role";

ALTER TABLE contact_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_person FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_person_schema_owner_bypass ON contact_person TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY contact_person_read ON contact_person FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY contact_person_insert ON contact_person FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND created_by_user_id = (SELECT app_current_user_id()) AND app_contact_in_directory(contact_organisation_id));
CREATE POLICY contact_person_update ON contact_person FOR UPDATE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()))
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()));
CREATE POLICY contact_person_delete ON contact_person FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, DELETE ON contact_person TO :"app_role";
GRANT INSERT (organisation_id, contact_organisation_id, name, role_title, phone, email, preferred_language, created_by_user_id)
  ON contact_person TO :"app_role";
GRANT UPDATE (name, role_title, phone, email, preferred_language, version, updated_at) ON contact_person TO :"app_role";
