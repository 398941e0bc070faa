-- A case may be linked to a session the current organisation supervises: it is one of its own,
-- referred to the session's partner by a referral that gives access now.
CREATE OR REPLACE FUNCTION app_supervision_case_linkable(p_session uuid, p_case uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM supervision_session s
        JOIN referral r ON r.case_id = p_case AND r.organisation_id = s.organisation_id AND r.to_organisation_id = s.partner_organisation_id
       WHERE s.id = p_session AND s.organisation_id = app_current_organisation_id()
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))
  $$;

REVOKE ALL ON FUNCTION app_supervision_case_linkable(uuid, uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_case_linkable(uuid, uuid) TO :"app_role";
