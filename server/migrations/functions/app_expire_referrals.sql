-- Periodic: pending referrals past their answer time become EXPIRED, for every organisation at once
-- (access already ended at expires_at through the policies). Each is audited, and the sender and
-- the responsible caseworker are told. The partner's name goes with its spellings, so each
-- recipient reads it in their own script (notification-text.ts).
CREATE OR REPLACE FUNCTION app_expire_referrals()
  RETURNS TABLE(referral_id uuid, organisation_id uuid, to_organisation_id uuid, case_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_referral record;
  BEGIN
    FOR v_referral IN
      UPDATE referral r SET status = 'EXPIRED'
       WHERE r.status = 'PENDING' AND r.expires_at <= now()
      RETURNING r.id, r.organisation_id, r.to_organisation_id, r.case_id, r.sent_by_user_id
    LOOP
      INSERT INTO audit_event (subject_organisation_id, action, entity_type, entity_id, details)
      VALUES (v_referral.organisation_id, 'referral.expire', 'referral', v_referral.id::text,
              jsonb_build_object('caseId', v_referral.case_id, 'to', v_referral.to_organisation_id));
      PERFORM app_notify_as(NULL, 'REFERRAL_EXPIRED',
                            jsonb_build_object('caseNumber', c.number,
                                               'partner', jsonb_build_object('name', o.name, 'nameLatin', o.name_latin, 'nameArabic', o.name_arabic)),
                            v_referral.case_id, v_referral.id, NULL, ARRAY[v_referral.sent_by_user_id, c.responsible_user_id], NULL, NULL, NULL)
         FROM referral_case c, organisation o
        WHERE c.id = v_referral.case_id AND o.id = v_referral.to_organisation_id;
      referral_id := v_referral.id;
      organisation_id := v_referral.organisation_id;
      to_organisation_id := v_referral.to_organisation_id;
      case_id := v_referral.case_id;
      RETURN NEXT;
    END LOOP;
  END
  $$;

REVOKE ALL ON FUNCTION app_expire_referrals() FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_expire_referrals() TO :"app_role";
