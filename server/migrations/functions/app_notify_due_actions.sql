-- Periodic: open supervision actions due tomorrow or earlier, once each.
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

REVOKE ALL ON FUNCTION app_notify_due_actions() FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_notify_due_actions() TO :"app_role";
