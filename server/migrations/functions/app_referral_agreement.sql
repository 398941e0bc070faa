-- A referral from the current organisation to `p_to` may be sent under this agreement: both are
-- parties, it is in force with REFERRALS, and the answer time asked for is not longer than its own.
CREATE OR REPLACE FUNCTION app_referral_agreement(p_agreement uuid, p_to uuid,
                                                  p_expires_at timestamp with time zone) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM cooperation_agreement a
        JOIN agreement_party sender ON sender.agreement_id = a.id AND sender.organisation_id = app_current_organisation_id()
        JOIN agreement_party receiver ON receiver.agreement_id = a.id AND receiver.organisation_id = p_to
       WHERE a.id = p_agreement
         AND p_expires_at <= now() + make_interval(days => a.response_time_days))
       AND app_agreement_in_force(p_agreement, 'REFERRALS')
  $$;

REVOKE ALL ON FUNCTION app_referral_agreement(uuid, uuid, timestamp with time zone) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_referral_agreement(uuid, uuid, timestamp with time zone) TO :"app_role";
