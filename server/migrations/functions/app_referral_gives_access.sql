-- Whether a referral gives its receiver access now: PENDING and not past its answer time, or
-- ACCEPTED; sent under an agreement in force with the REFERRALS scope; and an active consent for
-- the receiver covers the sections it shares (see the head of 0002_referral_cases.up.sql).
CREATE OR REPLACE FUNCTION app_referral_gives_access(p_case uuid, p_to uuid, p_agreement uuid, p_status text,
                                                     p_expires_at timestamp with time zone, p_sections text[]) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT (p_status = 'ACCEPTED' OR (p_status = 'PENDING' AND p_expires_at > now()))
       AND app_agreement_in_force(p_agreement, 'REFERRALS')
       AND EXISTS (SELECT 1 FROM consent c
                    WHERE c.case_id = p_case AND c.partner_organisation_id = p_to
                      AND c.withdrawn_at IS NULL AND c.sections @> p_sections)
  $$;

REVOKE ALL ON FUNCTION app_referral_gives_access(uuid, uuid, uuid, text, timestamp with time zone, text[]) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_referral_gives_access(uuid, uuid, uuid, text, timestamp with time zone, text[]) TO :"app_role";
