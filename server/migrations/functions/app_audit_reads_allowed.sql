-- Whom an event recording several reads at once may be written as concerning (details.read: the
-- ids read, each with its sections): the writer's own organisation, or the owner of every case or
-- referral named, each linked to the writer's organisation by a referral (app_audit_subject_allowed's
-- rule, over the set).
CREATE OR REPLACE FUNCTION app_audit_reads_allowed(p_subject uuid, p_entity_type text, p_read jsonb) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_org uuid := app_current_organisation_id();
  BEGIN
    IF jsonb_typeof(p_read) IS DISTINCT FROM 'object' THEN
      RETURN false;
    ELSIF p_subject IS NOT DISTINCT FROM v_org THEN
      RETURN true;
    ELSIF v_org IS NULL OR p_entity_type NOT IN ('case', 'referral') THEN
      RETURN false;
    END IF;
    RETURN NOT EXISTS (
      SELECT 1 FROM jsonb_object_keys(p_read) AS k(id)
       WHERE CASE WHEN k.id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN true
                  ELSE NOT EXISTS (SELECT 1 FROM referral r
                                    WHERE r.organisation_id = p_subject AND r.to_organisation_id = v_org
                                      AND ((p_entity_type = 'case' AND r.case_id = k.id::uuid)
                                           OR (p_entity_type = 'referral' AND r.id = k.id::uuid))) END);
  END
  $$;

REVOKE ALL ON FUNCTION app_audit_reads_allowed(uuid, text, jsonb) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_audit_reads_allowed(uuid, text, jsonb) TO :"app_role";
