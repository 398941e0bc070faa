-- The worklist, decided and paged in SQL at any volume (issue 10).
--
-- Overdue follow-ups: a case is overdue when its latest visit's next date has passed on the
-- partner's day (app_is_overdue). Finding the latest visit of every case meant reading every
-- visit; now each visit says whether it is its case's latest (kept by a trigger), and partial
-- indexes over the latest visits with a next date give the overdue ones as a range per partner.
ALTER TABLE follow_up_visit ADD COLUMN latest boolean NOT NULL DEFAULT true;

UPDATE follow_up_visit v SET latest = false
 WHERE EXISTS (SELECT 1 FROM follow_up_visit later
                WHERE later.case_id = v.case_id
                  AND (later.visited_on, later.recorded_at, later.id) > (v.visited_on, v.recorded_at, v.id));

CREATE FUNCTION app_mark_latest_visits() RETURNS trigger
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

CREATE TRIGGER follow_up_visit_latest AFTER INSERT ON follow_up_visit
  REFERENCING NEW TABLE AS inserted_visits
  FOR EACH STATEMENT EXECUTE FUNCTION app_mark_latest_visits();

-- The owner's side: its cases' latest visits, per partner (whose day decides), by next date.
CREATE INDEX follow_up_visit_due_owner ON follow_up_visit (owner_organisation_id, partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND next_visit_on IS NOT NULL;
-- The partner's side: the latest visits of the cases it follows up, by next date.
CREATE INDEX follow_up_visit_due_partner ON follow_up_visit (partner_organisation_id, next_visit_on, case_id)
  WHERE latest AND next_visit_on IS NOT NULL;

-- Cases needing their caseworker: a person's open cases.
CREATE INDEX referral_case_responsible_open ON referral_case (organisation_id, responsible_user_id, status)
  WHERE status <> 'CLOSED';
-- The referrals of an organisation's cases that were declined or went unanswered (and the latest
-- referral of a case, to tell whether one of them is it).
CREATE INDEX referral_sender_status ON referral (organisation_id, status);
CREATE INDEX referral_case_sent ON referral (case_id, sent_at DESC, id DESC);
