-- A session is visible to the case readers of its supervising organisation, and to the partner
-- staff of its partner while a SUPERVISION agreement between the two is in force.
CREATE OR REPLACE FUNCTION app_supervision_visible(p_session uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
       WHERE s.id = p_session
         AND ((s.organisation_id = app_current_organisation_id() AND app_is_case_reader())
              OR (s.partner_organisation_id = app_current_organisation_id() AND app_is_partner_staff()
                  AND app_agreement_between(s.organisation_id, s.partner_organisation_id, 'SUPERVISION'))))
  $$;

REVOKE ALL ON FUNCTION app_supervision_visible(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_visible(uuid) TO :"app_role";
