-- One calendar day for "overdue" and "due soon": the day in the time zone of the partner
-- organisation (the one that does the follow-up visits, or the supervised partner of a session),
-- as the organisation's own `time_zone` names it. A date is overdue once it is before that day:
-- on the day itself it is not yet overdue. Every place that decides it calls app_is_overdue() or
-- app_local_today(): FollowUpRepository, SupervisionRepository, the worklist and the periodic
-- notifications below. `p_at` (default now(), the transaction's start) lets tests ask about a
-- fixed moment.

-- A time zone PostgreSQL does not know would make every "overdue" of that partner fail: refused
-- when it is written (22023, invalid_parameter_value), not when it is used.
CREATE FUNCTION app_check_time_zone() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    PERFORM now() AT TIME ZONE NEW.time_zone;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER organisation_time_zone_valid BEFORE INSERT OR UPDATE OF time_zone ON organisation
  FOR EACH ROW EXECUTE FUNCTION app_check_time_zone();

-- Reads the organisation directory, which every signed-in user (and the owner) may read: no
-- SECURITY DEFINER. An organisation it cannot see counts in UTC.
CREATE FUNCTION app_local_today(p_organisation uuid, p_at timestamptz DEFAULT now()) RETURNS date
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT (p_at AT TIME ZONE coalesce((SELECT o.time_zone FROM organisation o WHERE o.id = p_organisation), 'UTC'))::date
  $$;

CREATE FUNCTION app_is_overdue(p_due date, p_organisation uuid, p_at timestamptz DEFAULT now()) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT p_due IS NOT NULL AND p_due < app_local_today(p_organisation, p_at)
  $$;

REVOKE ALL ON FUNCTION app_check_time_zone(), app_local_today(uuid, timestamptz), app_is_overdue(date, uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_local_today(uuid, timestamptz), app_is_overdue(date, uuid, timestamptz) TO :"app_role";

-- The periodic notifications, as in 0004 but on the partner's day.
CREATE OR REPLACE FUNCTION app_notify_overdue_follow_ups() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_visit record;
    v_count integer := 0;
  BEGIN
    FOR v_visit IN
      SELECT v.id, v.case_id, v.owner_organisation_id, v.partner_organisation_id, c.number, c.responsible_user_id, v.next_visit_on
        FROM follow_up_visit v JOIN referral_case c ON c.id = v.case_id
       WHERE app_is_overdue(v.next_visit_on, v.partner_organisation_id) AND v.overdue_notified_at IS NULL AND c.status <> 'CLOSED'
         AND NOT EXISTS (SELECT 1 FROM follow_up_visit later
                          WHERE later.case_id = v.case_id AND (later.visited_on, later.recorded_at) > (v.visited_on, v.recorded_at))
       FOR UPDATE OF v SKIP LOCKED
    LOOP
      UPDATE follow_up_visit SET overdue_notified_at = now() WHERE id = v_visit.id;
      v_count := v_count + app_notify_as(NULL, 'FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                         v_visit.case_id, NULL, NULL, ARRAY[v_visit.responsible_user_id], NULL, NULL, NULL)
                         + app_notify_as(NULL, 'FOLLOW_UP_OVERDUE', jsonb_build_object('caseNumber', v_visit.number, 'date', v_visit.next_visit_on),
                                         v_visit.case_id, NULL, NULL, NULL, v_visit.partner_organisation_id, ARRAY['PARTNER_CASEWORKER'], NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

CREATE OR REPLACE FUNCTION app_notify_due_actions() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_action record;
    v_count integer := 0;
  BEGIN
    FOR v_action IN
      SELECT a.id, a.session_id, a.owner_user_id, a.description, a.due_on
        FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id
       WHERE NOT a.done AND a.due_on <= app_local_today(s.partner_organisation_id) + 1 AND a.due_notified_at IS NULL
       FOR UPDATE OF a SKIP LOCKED
    LOOP
      UPDATE supervision_action SET due_notified_at = now() WHERE id = v_action.id;
      v_count := v_count + app_notify_as(NULL, 'SUPERVISION_ACTION_DUE', jsonb_build_object('action', left(v_action.description, 120), 'date', v_action.due_on),
                                         NULL, NULL, v_action.session_id, ARRAY[v_action.owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;
