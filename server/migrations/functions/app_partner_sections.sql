-- The sections of a case the current organisation sees as a partner: NULL when no referral gives
-- it access, else the union of the sections its live referrals share (possibly empty).
CREATE OR REPLACE FUNCTION app_partner_sections(p_case uuid) RETURNS text[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT CASE WHEN count(*) = 0 THEN NULL
                ELSE coalesce(array_agg(DISTINCT section ORDER BY section) FILTER (WHERE section IS NOT NULL), '{}') END
      FROM referral r
      LEFT JOIN LATERAL unnest(r.sections) AS section ON true
     WHERE r.case_id = p_case AND r.to_organisation_id = app_current_organisation_id()
       AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections)
  $$;

REVOKE ALL ON FUNCTION app_partner_sections(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_partner_sections(uuid) TO :"app_role";
