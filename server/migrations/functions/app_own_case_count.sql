-- How many of the current organisation's own cases there are, for those who may read them, with
-- the case list's own filters (NULL: not filtered): the count of the case list without a partner or
-- a search (cases.repository.ts, countOf). Counted under row-level security it read each of the
-- organisation's 100,000 cases for referral_case_owner_read, whose partner branch names the case's
-- id, 27 ms; here it applies the owner branch itself and counts from the index (9 ms). The partner
-- branch can never add an own case: a referral never goes to its sender (referral's CHECK, 0002),
-- so no own case has partner sections for its own organisation. test/cases/case-count.test.ts
-- checks that it counts what row-level security shows, and nothing for anyone else.
CREATE OR REPLACE FUNCTION app_own_case_count(p_statuses text[], p_destination_country text, p_responsible_user_id uuid) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  -- A plan for each call's own filters (an unfiltered count reads the organisation's index, a
  -- responsible caseworker's cases theirs), as app_received_referral_count does.
  SET plan_cache_mode = force_custom_plan
  AS $$
    SELECT count(*)::integer
      FROM referral_case c
     WHERE c.organisation_id = (SELECT app_current_organisation_id()) AND (SELECT app_is_case_reader())
       AND (p_statuses IS NULL OR c.status = ANY (p_statuses))
       AND (p_destination_country IS NULL OR c.destination_country = p_destination_country)
       AND (p_responsible_user_id IS NULL OR c.responsible_user_id = p_responsible_user_id)
  $$;

REVOKE ALL ON FUNCTION app_own_case_count(text[], text, uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_own_case_count(text[], text, uuid) TO :"app_role";
