DROP INDEX supervision_action_session;

ALTER POLICY supervision_participant_read ON supervision_participant USING (app_supervision_visible(session_id));
ALTER POLICY supervision_note_revision_read ON supervision_note_revision USING (app_supervision_visible(session_id));
ALTER POLICY supervision_comment_read ON supervision_comment USING (app_supervision_visible(session_id));
ALTER POLICY supervision_case_link_read ON supervision_case_link USING (app_supervision_visible(session_id));
ALTER POLICY supervision_action_read ON supervision_action USING (app_supervision_visible(session_id));

ALTER POLICY supervision_session_read ON supervision_session
  USING ((organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_case_reader()))
         OR (partner_organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_partner_staff())
             AND app_agreement_between(organisation_id, partner_organisation_id, 'SUPERVISION')));

DROP FUNCTION app_agreement_partners(text);
