-- The current organisation is a party of the agreement. SECURITY DEFINER, like the other policy
-- helpers, so that a policy may look at rows the caller cannot see (the other parties of an
-- agreement, the consent behind a referral) without recursion.
CREATE OR REPLACE FUNCTION app_is_agreement_party(p_agreement uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM agreement_party
                    WHERE agreement_id = p_agreement AND organisation_id = app_current_organisation_id())
  $$;

REVOKE ALL ON FUNCTION app_is_agreement_party(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_is_agreement_party(uuid) TO :"app_role";
