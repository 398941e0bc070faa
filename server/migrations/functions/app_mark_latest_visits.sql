-- Trigger (after INSERT on follow_up_visit, once per statement): of each case that got a visit,
-- exactly the latest visit (visited_on, then recorded_at, then id) carries `latest`, so that
-- "overdue" is an index range over latest visits (follow_up_visit_due_*), not a search for the
-- latest visit of every case. SECURITY DEFINER: the earlier visits may have been recorded by
-- someone else, and nobody may otherwise change a recorded visit; it touches only the visits of
-- the cases just inserted into, and only their `latest` flag.
CREATE OR REPLACE FUNCTION app_mark_latest_visits() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    -- Two visits of one case inserted at once must not both stay latest: one after the other, per case.
    PERFORM pg_advisory_xact_lock(hashtextextended('follow_up_visit.latest:' || case_id::text, 0))
       FROM (SELECT DISTINCT case_id FROM inserted_visits ORDER BY case_id) cases;
    UPDATE follow_up_visit v SET latest = (v.id = top.id)
      FROM (SELECT DISTINCT ON (w.case_id) w.case_id, w.id
              FROM follow_up_visit w
             WHERE w.case_id IN (SELECT case_id FROM inserted_visits)
             ORDER BY w.case_id, w.visited_on DESC, w.recorded_at DESC, w.id DESC) top
     WHERE v.case_id = top.case_id AND v.latest IS DISTINCT FROM (v.id = top.id);
    RETURN NULL;
  END
  $$;

REVOKE ALL ON FUNCTION app_mark_latest_visits() FROM PUBLIC;
