-- Back to 0004's periodic notifications on the database's current_date (UTC).

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
       WHERE v.next_visit_on < current_date AND v.overdue_notified_at IS NULL AND c.status <> 'CLOSED'
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
      SELECT a.id, a.session_id, a.owner_user_id, a.description, a.due_on FROM supervision_action a
       WHERE NOT a.done AND a.due_on <= current_date + 1 AND a.due_notified_at IS NULL
       FOR UPDATE SKIP LOCKED
    LOOP
      UPDATE supervision_action SET due_notified_at = now() WHERE id = v_action.id;
      v_count := v_count + app_notify_as(NULL, 'SUPERVISION_ACTION_DUE', jsonb_build_object('action', left(v_action.description, 120), 'date', v_action.due_on),
                                         NULL, NULL, v_action.session_id, ARRAY[v_action.owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

DROP FUNCTION app_is_overdue(date, uuid, timestamptz);
DROP FUNCTION app_local_today(uuid, timestamptz);
DROP TRIGGER organisation_time_zone_valid ON organisation;
DROP FUNCTION app_check_time_zone();
