-- Reintegration follow-up, supervision, case messages and notifications.
--
-- Follow-up is written by the partner that accepted a referral, under an agreement with the
-- FOLLOW_UP scope in force, and read by the referring organisation for its own cases. The
-- partner reads and writes it only while its referral gives access (see 0002). Supervision
-- sessions belong to the supervising organisation and are visible to the partner while a
-- SUPERVISION agreement is in force. Messages are a thread per referral between its two sides.
-- Notifications are per person, written through SECURITY DEFINER functions that also announce
-- them with NOTIFY, so that every server instance can push them live.

-- An agreement in force between two organisations for a scope.
CREATE FUNCTION app_agreement_between(p_org_a uuid, p_org_b uuid, p_scope text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id
       WHERE a.organisation_id = p_org_a AND b.organisation_id = p_org_b
         AND app_agreement_in_force(a.agreement_id, p_scope))
  $$;

-- The current organisation follows this case up: it accepted a referral of it that gives
-- access, from `p_owner`, and a FOLLOW_UP agreement with the owner is in force.
CREATE FUNCTION app_follow_up_access(p_case uuid, p_owner uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r
       WHERE r.case_id = p_case AND r.organisation_id = p_owner AND r.to_organisation_id = app_current_organisation_id()
         AND r.status = 'ACCEPTED'
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
         AND app_agreement_between(r.organisation_id, r.to_organisation_id, 'FOLLOW_UP'))
  $$;

-- Follow-up tables: the same two policies each (the owner reads; the partner reads and writes).
CREATE TABLE arrival (
  case_id                 uuid PRIMARY KEY REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  arrived_on              date NOT NULL,
  notes                   text CHECK (length(notes) <= 4000),
  recorded_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  recorded_at             timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reintegration_plan (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                 uuid NOT NULL UNIQUE REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  budget_amount_minor     bigint CHECK (budget_amount_minor >= 0),
  budget_currency         text CHECK (budget_currency IN ('SEK', 'EUR', 'BAM', 'IQD')),
  version                 integer NOT NULL DEFAULT 1 CHECK (version > 0),
  updated_by_user_id      uuid NOT NULL REFERENCES app_user (id),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK ((budget_amount_minor IS NULL) = (budget_currency IS NULL))
);

CREATE TABLE plan_goal (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id                 uuid NOT NULL REFERENCES reintegration_plan (id),
  case_id                 uuid NOT NULL REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  domain                  text NOT NULL CHECK (domain IN ('HOUSING', 'INCOME_AND_WORK', 'EDUCATION', 'HEALTH', 'PSYCHOSOCIAL', 'DOCUMENTS', 'SOCIAL_NETWORK')),
  description             text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
  status                  text NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
  target_date             date,
  position                integer NOT NULL DEFAULT 0
);
CREATE INDEX plan_goal_plan ON plan_goal (plan_id, position);

CREATE TABLE follow_up_visit (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                 uuid NOT NULL REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  visited_on              date NOT NULL,
  mode                    text NOT NULL CHECK (mode IN ('HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO')),
  domain_statuses         jsonb NOT NULL DEFAULT '{}',
  narrative               text NOT NULL CHECK (length(btrim(narrative)) BETWEEN 1 AND 8000),
  next_visit_on           date,
  overdue_notified_at     timestamptz,
  recorded_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  recorded_at             timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (next_visit_on IS NULL OR next_visit_on >= visited_on)
);
CREATE INDEX follow_up_visit_case ON follow_up_visit (case_id, visited_on DESC, recorded_at DESC);

CREATE TABLE sustainability_assessment (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                 uuid NOT NULL REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  assessed_on             date NOT NULL,
  answers                 jsonb NOT NULL,
  economic                numeric(5, 4) NOT NULL CHECK (economic BETWEEN 0 AND 1),
  social                  numeric(5, 4) NOT NULL CHECK (social BETWEEN 0 AND 1),
  psychosocial            numeric(5, 4) NOT NULL CHECK (psychosocial BETWEEN 0 AND 1),
  overall                 numeric(5, 4) NOT NULL CHECK (overall BETWEEN 0 AND 1),
  recorded_by_user_id     uuid NOT NULL REFERENCES app_user (id),
  recorded_at             timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX sustainability_assessment_case ON sustainability_assessment (case_id, assessed_on DESC);

DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['arrival', 'reintegration_plan', 'plan_goal', 'follow_up_visit', 'sustainability_assessment'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
    EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', v_table || '_owner', v_table);
  END LOOP;
END
$$;

CREATE POLICY arrival_referrer_read ON arrival FOR SELECT TO :"app_role"
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY arrival_partner ON arrival TO :"app_role"
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
CREATE POLICY reintegration_plan_referrer_read ON reintegration_plan FOR SELECT TO :"app_role"
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY reintegration_plan_partner ON reintegration_plan TO :"app_role"
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
CREATE POLICY plan_goal_referrer_read ON plan_goal FOR SELECT TO :"app_role"
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY plan_goal_partner ON plan_goal TO :"app_role"
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
CREATE POLICY follow_up_visit_referrer_read ON follow_up_visit FOR SELECT TO :"app_role"
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY follow_up_visit_partner ON follow_up_visit TO :"app_role"
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));
CREATE POLICY sustainability_assessment_referrer_read ON sustainability_assessment FOR SELECT TO :"app_role"
  USING (owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'));
CREATE POLICY sustainability_assessment_partner ON sustainability_assessment TO :"app_role"
  USING (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
         AND app_follow_up_access(case_id, owner_organisation_id))
  WITH CHECK (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER')
              AND app_follow_up_access(case_id, owner_organisation_id));

GRANT SELECT, INSERT ON arrival, follow_up_visit, sustainability_assessment TO :"app_role";
-- An arrival may be corrected (the partner confirms it again).
GRANT UPDATE (arrived_on, notes, recorded_by_user_id, recorded_at) ON arrival TO :"app_role";
GRANT SELECT, INSERT, UPDATE ON reintegration_plan TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_goal TO :"app_role";

-- Case messages ------------------------------------------------------------------------------

-- The current organisation is the receiving side of a referral that gives access now.
CREATE FUNCTION app_referral_receiver_access(p_referral uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r
       WHERE r.id = p_referral AND r.to_organisation_id = app_current_organisation_id()
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))
  $$;

CREATE TABLE case_message (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id             uuid NOT NULL REFERENCES referral (id),
  case_id                 uuid NOT NULL REFERENCES referral_case (id),
  owner_organisation_id   uuid NOT NULL REFERENCES organisation (id),
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  author_organisation_id  uuid NOT NULL REFERENCES organisation (id),
  author_user_id          uuid NOT NULL REFERENCES app_user (id),
  body                    text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 4000),
  created_at              timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (author_organisation_id IN (owner_organisation_id, partner_organisation_id))
);
CREATE INDEX case_message_referral ON case_message (referral_id, created_at);

CREATE TABLE message_read (
  user_id      uuid NOT NULL REFERENCES app_user (id),
  referral_id  uuid NOT NULL REFERENCES referral (id),
  last_read_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, referral_id)
);

ALTER TABLE case_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_message FORCE ROW LEVEL SECURITY;
CREATE POLICY case_message_read ON case_message FOR SELECT TO :"app_role"
  USING ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
         OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
             AND app_referral_receiver_access(referral_id)));
CREATE POLICY case_message_write ON case_message FOR INSERT TO :"app_role"
  WITH CHECK (author_organisation_id = app_current_organisation_id() AND author_user_id = app_current_user_id()
              AND ((owner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('CASEWORKER', 'SUPERVISOR', 'COORDINATOR'))
                   OR (partner_organisation_id = app_current_organisation_id() AND app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR')
                       AND app_referral_receiver_access(referral_id))));
CREATE POLICY case_message_owner ON case_message TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON case_message TO :"app_role";

ALTER TABLE message_read ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_read FORCE ROW LEVEL SECURITY;
CREATE POLICY message_read_self ON message_read TO :"app_role"
  USING (user_id = app_current_user_id() AND app_current_organisation_id() IS NOT NULL)
  WITH CHECK (user_id = app_current_user_id() AND app_current_organisation_id() IS NOT NULL);
CREATE POLICY message_read_owner ON message_read TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE ON message_read TO :"app_role";

-- Supervision --------------------------------------------------------------------------------

CREATE TABLE supervision_session (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id         uuid NOT NULL REFERENCES organisation (id),   -- the supervising side
  partner_organisation_id uuid NOT NULL REFERENCES organisation (id),
  held_on                 date NOT NULL,
  mode                    text NOT NULL CHECK (mode IN ('IN_PERSON', 'VIDEO', 'PHONE')),
  topics                  text[] NOT NULL DEFAULT '{}',
  notes                   text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  version                 integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_by_user_id      uuid NOT NULL REFERENCES app_user (id),
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (partner_organisation_id <> organisation_id)
);
CREATE INDEX supervision_session_organisation ON supervision_session (organisation_id, held_on DESC);
CREATE INDEX supervision_session_partner ON supervision_session (partner_organisation_id, held_on DESC);
CREATE TRIGGER supervision_session_updated_at BEFORE UPDATE ON supervision_session
  FOR EACH ROW EXECUTE FUNCTION app_touch_updated_at();

-- A session is visible to its supervising organisation, and to its partner while a SUPERVISION
-- agreement between the two is in force.
CREATE FUNCTION app_supervision_visible(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
       WHERE s.id = p_session
         AND (s.organisation_id = app_current_organisation_id()
              OR (s.partner_organisation_id = app_current_organisation_id()
                  AND app_agreement_between(s.organisation_id, s.partner_organisation_id, 'SUPERVISION'))))
  $$;

-- The supervising side writes the session and everything in it but the comments.
CREATE FUNCTION app_supervision_editable(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (SELECT 1 FROM supervision_session s
                    WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id())
       AND app_current_user_has_role('SUPERVISOR')
  $$;

CREATE TABLE supervision_participant (
  session_id      uuid NOT NULL REFERENCES supervision_session (id),
  user_id         uuid NOT NULL REFERENCES app_user (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (session_id, user_id)
);

CREATE TABLE supervision_note_revision (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id         uuid NOT NULL REFERENCES supervision_session (id),
  notes              text NOT NULL,
  changed_by_user_id uuid NOT NULL REFERENCES app_user (id),
  changed_at         timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX supervision_note_revision_session ON supervision_note_revision (session_id, changed_at DESC);

CREATE TABLE supervision_action (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id            uuid NOT NULL REFERENCES supervision_session (id),
  description           text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
  owner_user_id         uuid NOT NULL REFERENCES app_user (id),
  due_on                date,
  done                  boolean NOT NULL DEFAULT false,
  done_at               timestamptz,
  due_notified_at       timestamptz,
  created_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (done = (done_at IS NOT NULL))
);
CREATE INDEX supervision_action_owner ON supervision_action (owner_user_id) WHERE NOT done;

CREATE TABLE supervision_comment (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id             uuid NOT NULL REFERENCES supervision_session (id),
  author_user_id         uuid NOT NULL REFERENCES app_user (id),
  author_organisation_id uuid NOT NULL REFERENCES organisation (id),
  body                   text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 4000),
  created_at             timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX supervision_comment_session ON supervision_comment (session_id, created_at);

CREATE TABLE supervision_case_link (
  session_id uuid NOT NULL REFERENCES supervision_session (id),
  case_id    uuid NOT NULL REFERENCES referral_case (id),
  PRIMARY KEY (session_id, case_id)
);

ALTER TABLE supervision_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE supervision_session FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_session_read ON supervision_session FOR SELECT TO :"app_role"
  USING (organisation_id = app_current_organisation_id()
         OR (partner_organisation_id = app_current_organisation_id()
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));
CREATE POLICY supervision_session_write ON supervision_session FOR INSERT TO :"app_role"
  WITH CHECK (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR')
              AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION'));
CREATE POLICY supervision_session_update ON supervision_session FOR UPDATE TO :"app_role"
  USING (organisation_id = app_current_organisation_id() AND app_current_user_has_role('SUPERVISOR'))
  WITH CHECK (organisation_id = app_current_organisation_id());
CREATE POLICY supervision_session_owner ON supervision_session TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON supervision_session TO :"app_role";
GRANT UPDATE (notes, version) ON supervision_session TO :"app_role";

DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['supervision_participant', 'supervision_note_revision', 'supervision_action', 'supervision_comment', 'supervision_case_link'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
    EXECUTE format('CREATE POLICY %I ON %I TO CURRENT_USER USING (true) WITH CHECK (true)', v_table || '_owner', v_table);
  END LOOP;
END
$$;

CREATE POLICY supervision_participant_read ON supervision_participant FOR SELECT TO :"app_role" USING (app_supervision_visible(session_id));
CREATE POLICY supervision_participant_write ON supervision_participant FOR INSERT TO :"app_role" WITH CHECK (app_supervision_editable(session_id));
CREATE POLICY supervision_note_revision_read ON supervision_note_revision FOR SELECT TO :"app_role" USING (app_supervision_visible(session_id));
CREATE POLICY supervision_note_revision_write ON supervision_note_revision FOR INSERT TO :"app_role"
  WITH CHECK (app_supervision_editable(session_id) AND changed_by_user_id = app_current_user_id());
CREATE POLICY supervision_action_read ON supervision_action FOR SELECT TO :"app_role" USING (app_supervision_visible(session_id));
CREATE POLICY supervision_action_write ON supervision_action FOR INSERT TO :"app_role" WITH CHECK (app_supervision_editable(session_id));
-- An action is marked done by its owner or by a supervisor of the supervising side.
CREATE POLICY supervision_action_done ON supervision_action FOR UPDATE TO :"app_role"
  USING (app_supervision_visible(session_id) AND (owner_user_id = app_current_user_id() OR app_supervision_editable(session_id)))
  WITH CHECK (app_supervision_visible(session_id));
CREATE POLICY supervision_comment_read ON supervision_comment FOR SELECT TO :"app_role" USING (app_supervision_visible(session_id));
CREATE POLICY supervision_comment_write ON supervision_comment FOR INSERT TO :"app_role"
  WITH CHECK (app_supervision_visible(session_id) AND author_user_id = app_current_user_id()
              AND author_organisation_id = app_current_organisation_id());
CREATE POLICY supervision_case_link_read ON supervision_case_link FOR SELECT TO :"app_role" USING (app_supervision_visible(session_id));
CREATE POLICY supervision_case_link_write ON supervision_case_link FOR INSERT TO :"app_role" WITH CHECK (app_supervision_editable(session_id));
GRANT SELECT, INSERT ON supervision_participant, supervision_note_revision, supervision_action, supervision_comment, supervision_case_link TO :"app_role";
GRANT UPDATE (done, done_at) ON supervision_action TO :"app_role";

-- Names of the people who may take part in a session with a partner: the current
-- organisation's people and the partner's, while a SUPERVISION agreement is in force.
CREATE FUNCTION app_supervision_candidates(p_partner uuid) RETURNS TABLE (id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.active
       AND (u.organisation_id = app_current_organisation_id()
            OR (u.organisation_id = p_partner AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;

-- Staff names across organisations: also the people met in supervision and messages.
CREATE OR REPLACE FUNCTION app_staff_names(p_ids uuid[]) RETURNS TABLE (id uuid, name text, organisation_id uuid)
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

-- Notifications ------------------------------------------------------------------------------

CREATE TABLE notification (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipient_user_id         uuid NOT NULL REFERENCES app_user (id),
  recipient_organisation_id uuid NOT NULL REFERENCES organisation (id),
  kind                      text NOT NULL CHECK (kind IN ('REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_EXPIRED',
                                                          'ARRIVAL_CONFIRMED', 'FOLLOW_UP_OVERDUE', 'MESSAGE_RECEIVED',
                                                          'SUPERVISION_SESSION', 'SUPERVISION_ACTION_DUE')),
  params                    jsonb NOT NULL DEFAULT '{}',
  case_id                   uuid REFERENCES referral_case (id),
  referral_id               uuid REFERENCES referral (id),
  session_id                uuid REFERENCES supervision_session (id),
  created_at                timestamptz NOT NULL DEFAULT clock_timestamp(),
  read_at                   timestamptz
);
CREATE INDEX notification_recipient ON notification (recipient_user_id, (read_at IS NULL) DESC, created_at DESC);

ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_recipient ON notification TO :"app_role"
  USING (recipient_user_id = app_current_user_id() AND recipient_organisation_id = app_current_organisation_id())
  WITH CHECK (recipient_user_id = app_current_user_id() AND recipient_organisation_id = app_current_organisation_id());
CREATE POLICY notification_owner ON notification TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON notification TO :"app_role";
GRANT UPDATE (read_at) ON notification TO :"app_role";

-- Writes notifications for people, and announces each on the channel `cirkel_notification`
-- (delivered when the transaction commits, to every listening server instance). Recipients
-- outside the current organisation must belong to one it has an agreement in force with;
-- anyone else is skipped. `p_users` are people; or `p_organisation` with `p_roles`.
CREATE FUNCTION app_notify(p_kind text, p_params jsonb, p_case uuid, p_referral uuid, p_session uuid,
                           p_users uuid[], p_organisation uuid, p_roles text[], p_except uuid)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_row record;
    v_count integer := 0;
    v_from uuid := app_current_organisation_id();
  BEGIN
    FOR v_row IN
      INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, session_id)
      SELECT u.id, u.organisation_id, p_kind, coalesce(p_params, '{}'), p_case, p_referral, p_session
        FROM app_user u
       WHERE u.active AND u.id IS DISTINCT FROM p_except
         AND ((p_users IS NOT NULL AND u.id = ANY (p_users))
              OR (p_organisation IS NOT NULL AND u.organisation_id = p_organisation AND u.roles && p_roles))
         AND (v_from IS NULL OR u.organisation_id = v_from
              OR EXISTS (SELECT 1 FROM agreement_party mine JOIN agreement_party theirs ON theirs.agreement_id = mine.agreement_id
                           JOIN cooperation_agreement a ON a.id = mine.agreement_id
                          WHERE mine.organisation_id = v_from AND theirs.organisation_id = u.organisation_id
                            AND a.terminated_at IS NULL AND current_date BETWEEN a.valid_from AND a.valid_to))
      RETURNING id, recipient_user_id, recipient_organisation_id
    LOOP
      PERFORM pg_notify('cirkel_notification',
        json_build_object('id', v_row.id, 'user', v_row.recipient_user_id, 'organisation', v_row.recipient_organisation_id)::text);
      v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
  END
  $$;

-- Periodic: visits whose next date has passed (today is not yet overdue), once each.
CREATE FUNCTION app_notify_overdue_follow_ups() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_visit record;
    v_count integer := 0;
  BEGIN
    FOR v_visit IN
      SELECT v.id, v.case_id, v.owner_organisation_id, v.partner_organisation_id, c.number, c.responsible_user_id, v.next_visit_on
        FROM follow_up_visit v JOIN referral_case c ON c.id = v.case_id
       WHERE v.next_visit_on < current_date AND v.overdue_notified_at IS NULL AND c.status <> 'CLOSED'
         AND NOT EXISTS (SELECT 1 FROM follow_up_visit later
                          WHERE later.case_id = v.case_id AND (later.visited_on, later.recorded_at) > (v.visited_on, v.recorded_at))
       FOR UPDATE OF v SKIP LOCKED
    LOOP
      UPDATE follow_up_visit SET overdue_notified_at = now() WHERE id = v_visit.id;
      v_count := v_count + app_notify('FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                      v_visit.case_id, NULL, NULL, ARRAY[v_visit.responsible_user_id], NULL, NULL, NULL)
                         + app_notify('FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                      v_visit.case_id, NULL, NULL, NULL, v_visit.partner_organisation_id, ARRAY['PARTNER_CASEWORKER'], NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

-- Periodic: open supervision actions due tomorrow or earlier, once each.
CREATE FUNCTION app_notify_due_actions() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_action record;
    v_count integer := 0;
  BEGIN
    FOR v_action IN
      SELECT a.id, a.session_id, a.owner_user_id, a.description, a.due_on FROM supervision_action a
       WHERE NOT a.done AND a.due_on <= current_date + 1 AND a.due_notified_at IS NULL
       FOR UPDATE SKIP LOCKED
    LOOP
      UPDATE supervision_action SET due_notified_at = now() WHERE id = v_action.id;
      v_count := v_count + app_notify('SUPERVISION_ACTION_DUE', jsonb_build_object('action', left(v_action.description, 120), 'date', v_action.due_on),
                                      NULL, NULL, v_action.session_id, ARRAY[v_action.owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

-- Expiring referrals now also tells the sender and the responsible caseworker.
CREATE OR REPLACE FUNCTION app_expire_referrals() RETURNS TABLE (referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_referral record;
  BEGIN
    FOR v_referral IN
      UPDATE referral r SET status = 'EXPIRED'
       WHERE r.status = 'PENDING' AND r.expires_at <= now()
      RETURNING r.id, r.organisation_id, r.to_organisation_id, r.case_id, r.sent_by_user_id
    LOOP
      INSERT INTO audit_event (subject_organisation_id, action, entity_type, entity_id, details)
      VALUES (v_referral.organisation_id, 'referral.expire', 'referral', v_referral.id::text,
              jsonb_build_object('caseId', v_referral.case_id, 'to', v_referral.to_organisation_id));
      PERFORM app_notify('REFERRAL_EXPIRED',
                         jsonb_build_object('caseNumber', c.number, 'partner', o.name),
                         v_referral.case_id, v_referral.id, NULL, ARRAY[v_referral.sent_by_user_id, c.responsible_user_id], NULL, NULL, NULL)
         FROM referral_case c, organisation o
        WHERE c.id = v_referral.case_id AND o.id = v_referral.to_organisation_id;
      referral_id := v_referral.id;
      organisation_id := v_referral.organisation_id;
      to_organisation_id := v_referral.to_organisation_id;
      case_id := v_referral.case_id;
      RETURN NEXT;
    END LOOP;
  END
  $$;

REVOKE ALL ON FUNCTION app_agreement_between(uuid, uuid, text), app_follow_up_access(uuid, uuid), app_referral_receiver_access(uuid),
  app_supervision_visible(uuid), app_supervision_editable(uuid), app_supervision_candidates(uuid),
  app_notify(text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid), app_notify_overdue_follow_ups(), app_notify_due_actions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_agreement_between(uuid, uuid, text), app_follow_up_access(uuid, uuid), app_referral_receiver_access(uuid),
  app_supervision_visible(uuid), app_supervision_editable(uuid), app_supervision_candidates(uuid),
  app_notify(text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid), app_notify_overdue_follow_ups(), app_notify_due_actions() TO :"app_role";
