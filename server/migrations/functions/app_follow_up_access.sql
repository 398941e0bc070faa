-- The current organisation follows this case up: it accepted a referral of it that gives access,
-- from `p_owner` (the case's real owner, not only the referral's sender), and a FOLLOW_UP
-- agreement with the owner is in force.
CREATE OR REPLACE FUNCTION app_follow_up_access(p_case uuid, p_owner uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r JOIN referral_case c ON c.id = r.case_id AND c.organisation_id = r.organisation_id
       WHERE r.case_id = p_case AND r.organisation_id = p_owner AND r.to_organisation_id = app_current_organisation_id()
         AND r.status = 'ACCEPTED'
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
         AND app_agreement_between(r.organisation_id, r.to_organisation_id, 'FOLLOW_UP'))
  $$;

REVOKE ALL ON FUNCTION app_follow_up_access(uuid, uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_follow_up_access(uuid, uuid) TO :"app_role";
