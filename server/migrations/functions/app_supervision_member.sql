-- A person may take part in, or own an action of, a session the current organisation supervises:
-- an active member of the supervising side or of the partner (and of `p_organisation`, when given)
-- who may read the session (an analyst may not).
CREATE OR REPLACE FUNCTION app_supervision_member(p_session uuid, p_user uuid, p_organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s JOIN app_user u ON u.id = p_user
       WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id() AND u.active
         AND u.organisation_id IN (s.organisation_id, s.partner_organisation_id)
         AND u.roles && CASE WHEN u.organisation_id = s.organisation_id THEN ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR']
                             ELSE ARRAY['PARTNER_CASEWORKER', 'COORDINATOR'] END
         AND (p_organisation IS NULL OR u.organisation_id = p_organisation))
  $$;

REVOKE ALL ON FUNCTION app_supervision_member(uuid, uuid, uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_member(uuid, uuid, uuid) TO :"app_role";
