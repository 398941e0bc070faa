-- Periodic: open follow-ups of outreach activities and staff consultations due tomorrow or
-- earlier (on the owning organisation's calendar day), each notified to its owner once. A
-- follow-up whose date or owner changes is notified again (the edit clears the mark).
CREATE OR REPLACE FUNCTION app_notify_outreach_follow_ups() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_item record;
    v_count integer := 0;
  BEGIN
    FOR v_item IN
      SELECT a.id, a.follow_up, a.follow_up_due_on, a.follow_up_owner_user_id, a.title
        FROM outreach_activity a
       WHERE a.follow_up IS NOT NULL AND a.follow_up_done_at IS NULL AND a.follow_up_notified_at IS NULL
         AND a.follow_up_due_on <= app_local_today(a.organisation_id) + 1
       FOR UPDATE OF a SKIP LOCKED
    LOOP
      UPDATE outreach_activity SET follow_up_notified_at = now() WHERE id = v_item.id;
      v_count := v_count + app_notify_as(NULL, 'OUTREACH_FOLLOW_UP_DUE',
                                         jsonb_build_object('task', left(v_item.follow_up, 120), 'about', left(v_item.title, 120), 'date', v_item.follow_up_due_on),
                                         NULL, NULL, NULL, ARRAY[v_item.follow_up_owner_user_id], NULL, NULL, NULL);
    END LOOP;
    FOR v_item IN
      SELECT s.id, s.follow_up, s.follow_up_due_on, s.follow_up_owner_user_id, coalesce(s.department, d.name) AS department
        FROM staff_consultation s LEFT JOIN contact_organisation d ON d.id = s.department_contact_id
       WHERE s.follow_up IS NOT NULL AND s.follow_up_done_at IS NULL AND s.follow_up_notified_at IS NULL
         AND s.follow_up_due_on <= app_local_today(s.organisation_id) + 1
       FOR UPDATE OF s SKIP LOCKED
    LOOP
      UPDATE staff_consultation SET follow_up_notified_at = now() WHERE id = v_item.id;
      v_count := v_count + app_notify_as(NULL, 'OUTREACH_FOLLOW_UP_DUE',
                                         jsonb_build_object('task', left(v_item.follow_up, 120), 'about', left(v_item.department, 120), 'date', v_item.follow_up_due_on),
                                         NULL, NULL, NULL, ARRAY[v_item.follow_up_owner_user_id], NULL, NULL, NULL);
    END LOOP;
    RETURN v_count;
  END
  $$;

REVOKE ALL ON FUNCTION app_notify_outreach_follow_ups() FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_notify_outreach_follow_ups() TO :"app_role";
