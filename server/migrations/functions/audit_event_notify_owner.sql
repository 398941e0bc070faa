-- After a refusal: when the id belongs to another organisation than the event's subject, that
-- organisation gets a notice.
CREATE OR REPLACE FUNCTION audit_event_notify_owner() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_id uuid;
    v_owner uuid;
    v_case uuid;
  BEGIN
    IF NEW.action <> 'access.denied' OR NEW.entity_id IS NULL
       OR NEW.entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      RETURN NULL;
    END IF;
    v_id := NEW.entity_id::uuid;
    CASE NEW.entity_type
      WHEN 'case' THEN SELECT c.organisation_id, c.id INTO v_owner, v_case FROM referral_case c WHERE c.id = v_id;
      WHEN 'referral' THEN SELECT r.organisation_id, r.case_id INTO v_owner, v_case FROM referral r WHERE r.id = v_id;
      WHEN 'consent' THEN SELECT k.organisation_id, k.case_id INTO v_owner, v_case FROM consent k WHERE k.id = v_id;
      WHEN 'attachment' THEN SELECT a.organisation_id INTO v_owner FROM attachment a WHERE a.id = v_id;
      WHEN 'agreement' THEN SELECT a.proposed_by_organisation_id INTO v_owner FROM cooperation_agreement a WHERE a.id = v_id;
      WHEN 'supervision_session' THEN SELECT s.organisation_id INTO v_owner FROM supervision_session s WHERE s.id = v_id;
      WHEN 'supervision_action' THEN
        SELECT s.organisation_id INTO v_owner FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id WHERE a.id = v_id;
      ELSE
        NULL;
    END CASE;
    IF v_owner IS NOT NULL AND v_owner IS DISTINCT FROM NEW.subject_organisation_id THEN
      INSERT INTO audit_notice (event_id, organisation_id, case_id) VALUES (NEW.id, v_owner, v_case);
    END IF;
    RETURN NULL;
  END
  $$;

REVOKE ALL ON FUNCTION audit_event_notify_owner() FROM PUBLIC, :"app_role";
