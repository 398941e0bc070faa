-- The people offered for a session: those who may read it (no analysts), as app_supervision_member.
CREATE OR REPLACE FUNCTION app_supervision_candidates(p_partner uuid)
  RETURNS TABLE(id uuid, name text, name_latin text, name_arabic text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.name_latin, u.name_arabic, u.organisation_id FROM app_user u
     WHERE u.active
       AND ((u.organisation_id = app_current_organisation_id() AND u.roles && ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR'])
            OR (u.organisation_id = p_partner AND u.roles && ARRAY['PARTNER_CASEWORKER', 'COORDINATOR']
                AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;

REVOKE ALL ON FUNCTION app_supervision_candidates(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_candidates(uuid) TO :"app_role";
