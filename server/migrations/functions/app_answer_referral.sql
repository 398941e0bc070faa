-- The receiving organisation's partner staff accept or decline a referral that gives access now.
CREATE OR REPLACE FUNCTION app_answer_referral(p_referral uuid, p_status text, p_reason text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    IF p_status NOT IN ('ACCEPTED', 'DECLINED') OR (p_status = 'DECLINED') <> (nullif(btrim(p_reason), '') IS NOT NULL)
       OR NOT app_is_partner_staff() THEN
      RETURN false;
    END IF;
    UPDATE referral r
       SET status = p_status, decline_reason = CASE WHEN p_status = 'DECLINED' THEN btrim(p_reason) END,
           responded_by_user_id = app_current_user_id(), responded_at = now()
     WHERE r.id = p_referral AND r.to_organisation_id = app_current_organisation_id() AND r.status = 'PENDING'
       AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections);
    RETURN FOUND;
  END
  $$;

REVOKE ALL ON FUNCTION app_answer_referral(uuid, text, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_answer_referral(uuid, text, text) TO :"app_role";
