-- Whom an audit event may be written as concerning: the writer's own organisation (or none, when
-- nobody is signed in), or the owner of a case or referral that a referral links to the writer's
-- organisation (a partner reading or answering what it was sent). When the event names a case in
-- its details, that must be the same case.
CREATE OR REPLACE FUNCTION app_audit_subject_allowed(p_subject uuid, p_entity_type text, p_entity_id text,
                                                     p_case text) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_org uuid := app_current_organisation_id();
    v_id uuid;
  BEGIN
    IF p_subject IS NOT DISTINCT FROM v_org THEN
      RETURN true;
    END IF;
    IF v_org IS NULL OR p_entity_type NOT IN ('case', 'referral') OR p_entity_id IS NULL
       OR p_entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      RETURN false;
    END IF;
    v_id := p_entity_id::uuid;
    RETURN EXISTS (
      SELECT 1 FROM referral r
       WHERE r.organisation_id = p_subject AND r.to_organisation_id = v_org
         AND ((p_entity_type = 'case' AND r.case_id = v_id) OR (p_entity_type = 'referral' AND r.id = v_id))
         AND (p_case IS NULL OR r.case_id::text = lower(p_case)));
  END
  $$;

REVOKE ALL ON FUNCTION app_audit_subject_allowed(uuid, text, text, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_audit_subject_allowed(uuid, text, text, text) TO :"app_role";
