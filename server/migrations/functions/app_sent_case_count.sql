-- How many of the current organisation's cases it has referred (ever) to p_partner: the count of
-- the case list filtered by that partner (cases.repository.ts, countOf). Runs as the schema owner
-- so that it is one index-only scan of referral_by_sender_partner (organisation, partner, case),
-- its case ids already in order for the DISTINCT, instead of each of tens of thousands of rows
-- read from the table for row-level security's policy; it therefore applies the tenant rule
-- itself, exactly as referral_read does for the sender (its own organisation's referrals, for
-- those who may read its cases). A referral's case is its sender's (referral_sender_owns_case,
-- migration 0020), so no case needs reading. test/cases/case-count.test.ts checks that it counts
-- what row-level security shows, and nothing for anyone else.
CREATE OR REPLACE FUNCTION app_sent_case_count(p_partner uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT count(DISTINCT r.case_id)::integer
      FROM referral r
     WHERE r.organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_case_reader())
       AND r.to_organisation_id = p_partner
  $$;

REVOKE ALL ON FUNCTION app_sent_case_count(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_sent_case_count(uuid) TO :"app_role";
