-- Outreach and support to the city's staff (issue 12, points 2 and 3): an organisation's own
-- record of its information meetings, visits, calls, fairs, media and material sent (with the
-- directory entries and contact persons involved, and its own staff who held them), and of the
-- questions the city's own employees bring it (consultations; trainings are consultations of the
-- channel TRAINING). Both may carry a follow-up with a due date and an owner. Like the directory,
-- only the owning organisation's staff who work with personal data read or write them.

CREATE TABLE outreach_activity (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  kind                        text NOT NULL CHECK (kind IN ('INFORMATION_MEETING', 'VISIT', 'PHONE_CALL', 'FAIR_OR_EVENT', 'MEDIA', 'MATERIAL_SENT')),
  held_on                     date NOT NULL,
  duration_minutes            integer CHECK (duration_minutes BETWEEN 1 AND 1440),
  title                       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  focus_countries             text[] NOT NULL DEFAULT '{}'
                                CHECK (cardinality(focus_countries) <= 30 AND array_to_string(focus_countries, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
  languages                   text[] NOT NULL DEFAULT '{}'
                                CHECK (cardinality(languages) <= 20 AND array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$'),
  topics                      text[] NOT NULL DEFAULT '{}'
                                CHECK (topics <@ ARRAY['RETURN_SUPPORT', 'COUNTRY_SITUATION', 'REINTEGRATION', 'INDIVIDUAL_CASE', 'THE_OFFICE', 'OTHER']),
  participants_women          integer CHECK (participants_women BETWEEN 0 AND 100000),
  participants_men            integer CHECK (participants_men BETWEEN 0 AND 100000),
  participants_under_18       integer CHECK (participants_under_18 BETWEEN 0 AND 100000),
  notes                       text CHECK (length(notes) BETWEEN 1 AND 4000),
  follow_up                   text CHECK (length(follow_up) BETWEEN 1 AND 2000),
  follow_up_due_on            date,
  follow_up_owner_user_id     uuid REFERENCES app_user (id),
  follow_up_done_at           timestamptz,
  follow_up_notified_at       timestamptz,
  version                     integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  -- A follow-up is a task, a date and an owner together; done only if there is one.
  CHECK ((follow_up IS NULL) = (follow_up_due_on IS NULL) AND (follow_up IS NULL) = (follow_up_owner_user_id IS NULL)),
  CHECK (follow_up IS NOT NULL OR follow_up_done_at IS NULL)
);
CREATE INDEX outreach_activity_by_date ON outreach_activity (organisation_id, held_on DESC, id DESC);
CREATE INDEX outreach_activity_focus ON outreach_activity USING gin (focus_countries);
CREATE INDEX outreach_activity_follow_up_due ON outreach_activity (follow_up_owner_user_id, follow_up_due_on)
  WHERE follow_up IS NOT NULL AND follow_up_done_at IS NULL;

-- Who took part: directory entries, their contact persons, and the organisation's own staff.
CREATE TABLE outreach_activity_contact (
  activity_id                 uuid NOT NULL REFERENCES outreach_activity (id) ON DELETE CASCADE,
  contact_organisation_id     uuid NOT NULL REFERENCES contact_organisation (id),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (activity_id, contact_organisation_id)
);
-- A contact's timeline.
CREATE INDEX outreach_activity_contact_by_contact ON outreach_activity_contact (contact_organisation_id, activity_id);

CREATE TABLE outreach_activity_person (
  activity_id                 uuid NOT NULL REFERENCES outreach_activity (id) ON DELETE CASCADE,
  -- Removing a person (their data goes) removes them from the activities too.
  contact_person_id           uuid NOT NULL REFERENCES contact_person (id) ON DELETE CASCADE,
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (activity_id, contact_person_id)
);

CREATE TABLE outreach_activity_staff (
  activity_id                 uuid NOT NULL REFERENCES outreach_activity (id) ON DELETE CASCADE,
  user_id                     uuid NOT NULL REFERENCES app_user (id),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (activity_id, user_id)
);

CREATE TABLE staff_consultation (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id             uuid NOT NULL REFERENCES organisation (id),
  held_on                     date NOT NULL,
  -- Who asked: a department of the city (a directory entry of the kind CITY_DEPARTMENT, or named),
  -- and the district; never the person.
  department_contact_id       uuid REFERENCES contact_organisation (id),
  department                  text CHECK (length(department) BETWEEN 1 AND 200),
  district                    text CHECK (length(district) BETWEEN 1 AND 200),
  channel                     text NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'MEETING', 'TRAINING')),
  topic                       text NOT NULL CHECK (topic IN ('RETURN_SUPPORT', 'COUNTRY_SITUATION', 'REINTEGRATION', 'INDIVIDUAL_CASE', 'THE_OFFICE', 'OTHER')),
  country                     text CHECK (country ~ '^[A-Z]{2}$'),
  question                    text NOT NULL CHECK (length(question) BETWEEN 1 AND 4000),
  advice                      text CHECK (length(advice) BETWEEN 1 AND 4000),
  minutes_spent               integer CHECK (minutes_spent BETWEEN 1 AND 1440),
  participants                integer CHECK (participants BETWEEN 1 AND 100000),
  follow_up                   text CHECK (length(follow_up) BETWEEN 1 AND 2000),
  follow_up_due_on            date,
  follow_up_owner_user_id     uuid REFERENCES app_user (id),
  follow_up_done_at           timestamptz,
  follow_up_notified_at       timestamptz,
  version                     integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id          uuid NOT NULL REFERENCES app_user (id),
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  CHECK (department_contact_id IS NOT NULL OR department IS NOT NULL),
  CHECK (participants IS NULL OR channel = 'TRAINING'),
  CHECK ((follow_up IS NULL) = (follow_up_due_on IS NULL) AND (follow_up IS NULL) = (follow_up_owner_user_id IS NULL)),
  CHECK (follow_up IS NOT NULL OR follow_up_done_at IS NULL)
);
CREATE INDEX staff_consultation_by_date ON staff_consultation (organisation_id, held_on DESC, id DESC);
CREATE INDEX staff_consultation_by_department ON staff_consultation (department_contact_id) WHERE department_contact_id IS NOT NULL;
CREATE INDEX staff_consultation_follow_up_due ON staff_consultation (follow_up_owner_user_id, follow_up_due_on)
  WHERE follow_up IS NOT NULL AND follow_up_done_at IS NULL;

-- The staff named on a row (a follow-up's owner, who held an activity) are the organisation's own.
CREATE FUNCTION app_is_own_staff(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM app_user u WHERE u.id = p_user AND u.organisation_id = app_current_organisation_id()) $$;

-- Every table: the owner's rows, for its staff who work with personal data. Writes name only
-- what the writer's organisation owns: its own staff, its own directory's entries and people.
ALTER TABLE outreach_activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE outreach_activity FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_schema_owner_bypass ON outreach_activity TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY outreach_activity_read ON outreach_activity FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY outreach_activity_record ON outreach_activity FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND created_by_user_id = (SELECT app_current_user_id())
              AND (follow_up_owner_user_id IS NULL OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY outreach_activity_edit ON outreach_activity FOR UPDATE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()))
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id())
              AND (follow_up_owner_user_id IS NULL OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY outreach_activity_delete ON outreach_activity FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, DELETE ON outreach_activity TO :"app_role";
GRANT INSERT (organisation_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics, participants_women,
              participants_men, participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id, created_by_user_id)
  ON outreach_activity TO :"app_role";
GRANT UPDATE (kind, held_on, duration_minutes, title, focus_countries, languages, topics, participants_women, participants_men,
              participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id, follow_up_done_at, follow_up_notified_at,
              version, updated_at)
  ON outreach_activity TO :"app_role";

ALTER TABLE outreach_activity_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE outreach_activity_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_contact_schema_owner_bypass ON outreach_activity_contact TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY outreach_activity_contact_read ON outreach_activity_contact FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY outreach_activity_contact_link ON outreach_activity_contact FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND app_contact_in_directory(contact_organisation_id)
              AND EXISTS (SELECT 1 FROM outreach_activity a WHERE a.id = activity_id));
CREATE POLICY outreach_activity_contact_unlink ON outreach_activity_contact FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, INSERT, DELETE ON outreach_activity_contact TO :"app_role";

ALTER TABLE outreach_activity_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE outreach_activity_person FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_person_schema_owner_bypass ON outreach_activity_person TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY outreach_activity_person_read ON outreach_activity_person FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY outreach_activity_person_link ON outreach_activity_person FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND EXISTS (SELECT 1 FROM contact_person p WHERE p.id = contact_person_id)
              AND EXISTS (SELECT 1 FROM outreach_activity a WHERE a.id = activity_id));
CREATE POLICY outreach_activity_person_unlink ON outreach_activity_person FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, INSERT, DELETE ON outreach_activity_person TO :"app_role";

ALTER TABLE outreach_activity_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE outreach_activity_staff FORCE ROW LEVEL SECURITY;
CREATE POLICY outreach_activity_staff_schema_owner_bypass ON outreach_activity_staff TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY outreach_activity_staff_read ON outreach_activity_staff FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY outreach_activity_staff_link ON outreach_activity_staff FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND app_is_own_staff(user_id)
              AND EXISTS (SELECT 1 FROM outreach_activity a WHERE a.id = activity_id));
CREATE POLICY outreach_activity_staff_unlink ON outreach_activity_staff FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, INSERT, DELETE ON outreach_activity_staff TO :"app_role";

ALTER TABLE staff_consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_consultation_schema_owner_bypass ON staff_consultation TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY staff_consultation_read ON staff_consultation FOR SELECT TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
CREATE POLICY staff_consultation_record ON staff_consultation FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role())
              AND created_by_user_id = (SELECT app_current_user_id())
              AND (department_contact_id IS NULL OR app_contact_in_directory(department_contact_id))
              AND (follow_up_owner_user_id IS NULL OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY staff_consultation_edit ON staff_consultation FOR UPDATE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()))
  WITH CHECK (organisation_id = (SELECT app_current_organisation_id())
              AND (department_contact_id IS NULL OR app_contact_in_directory(department_contact_id))
              AND (follow_up_owner_user_id IS NULL OR app_is_own_staff(follow_up_owner_user_id)));
CREATE POLICY staff_consultation_delete ON staff_consultation FOR DELETE TO :"app_role"
  USING (organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_has_personal_data_role()));
GRANT SELECT, DELETE ON staff_consultation TO :"app_role";
GRANT INSERT (organisation_id, held_on, department_contact_id, department, district, channel, topic, country, question, advice,
              minutes_spent, participants, follow_up, follow_up_due_on, follow_up_owner_user_id, created_by_user_id)
  ON staff_consultation TO :"app_role";
GRANT UPDATE (held_on, department_contact_id, department, district, channel, topic, country, question, advice, minutes_spent,
              participants, follow_up, follow_up_due_on, follow_up_owner_user_id, follow_up_done_at, follow_up_notified_at, version, updated_at)
  ON staff_consultation TO :"app_role";
