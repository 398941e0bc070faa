-- Supervision's read policies without a SECURITY DEFINER call per row (issue 10, point 3).
--
-- supervision_session_read called app_agreement_between() for every partner row, and the read
-- policies of the session's actions, case links, comments, note revisions and participants called
-- app_supervision_visible() for every row: three nested SECURITY DEFINER calls a row, 0.1-0.4 ms
-- each, so that a partner caseworker's 87 open actions took 35-110 ms to read for the worklist.
--
-- Now the session's partner arm reads the organisations with a SUPERVISION agreement in force
-- once per statement (app_agreement_partners, an InitPlan), and a row under a session is visible
-- when its session is: the policy looks the session up, and supervision_session's own policy
-- decides, exactly as app_supervision_visible() spelled it out. The isolation matrix and the
-- supervision tests are unchanged.

CREATE FUNCTION app_agreement_partners(p_scope text) RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT coalesce(array_agg(DISTINCT a.organisation_id), '{}')
      FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id
     WHERE b.organisation_id = app_current_organisation_id()
       AND app_agreement_in_force(a.agreement_id, p_scope)
  $$;
REVOKE ALL ON FUNCTION app_agreement_partners(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_agreement_partners(text) TO :"app_role";

ALTER POLICY supervision_session_read ON supervision_session
  USING ((organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_case_reader()))
         OR (partner_organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_partner_staff())
             AND organisation_id = ANY ((SELECT app_agreement_partners('SUPERVISION'))::uuid[])));

ALTER POLICY supervision_action_read ON supervision_action
  USING (EXISTS (SELECT 1 FROM supervision_session s WHERE s.id = session_id));
ALTER POLICY supervision_case_link_read ON supervision_case_link
  USING (EXISTS (SELECT 1 FROM supervision_session s WHERE s.id = session_id));
ALTER POLICY supervision_comment_read ON supervision_comment
  USING (EXISTS (SELECT 1 FROM supervision_session s WHERE s.id = session_id));
ALTER POLICY supervision_note_revision_read ON supervision_note_revision
  USING (EXISTS (SELECT 1 FROM supervision_session s WHERE s.id = session_id));
ALTER POLICY supervision_participant_read ON supervision_participant
  USING (EXISTS (SELECT 1 FROM supervision_session s WHERE s.id = session_id));

-- A session's actions by the session, in the order they are listed: the list's batch of a page's
-- sessions read every action in the table without it (6,000 at volume) once its policy was a
-- lookup instead of a function call the planner would leave until after the filter.
CREATE INDEX supervision_action_session ON supervision_action (session_id, created_at, id);
