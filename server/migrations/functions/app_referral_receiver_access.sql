-- The current organisation is the receiving side of a referral that gives access now.
CREATE OR REPLACE FUNCTION app_referral_receiver_access(p_referral uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM referral r
       WHERE r.id = p_referral AND r.to_organisation_id = app_current_organisation_id()
         AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))
  $$;

REVOKE ALL ON FUNCTION app_referral_receiver_access(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_referral_receiver_access(uuid) TO :"app_role";
