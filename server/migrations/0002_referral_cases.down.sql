-- Reverts 0002: drops everything it created and restores 0001's login functions.
CREATE OR REPLACE FUNCTION auth.record_login_failure(p_email text) RETURNS timestamptz
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
    v_until timestamptz;
  BEGIN
    UPDATE app_user
       SET failed_login_count = failed_login_count + 1,
           locked_until = CASE WHEN failed_login_count + 1 >= 5
                               THEN now() + least(power(2, failed_login_count + 1 - 5), 60) * interval '1 minute'
                               ELSE locked_until END
     WHERE email = v_email
    RETURNING locked_until INTO v_until;
    IF FOUND THEN
      RETURN v_until;
    END IF;
    DELETE FROM login_throttle WHERE last_failure_at < now() - interval '1 day';
    INSERT INTO login_throttle AS t (email_hash, failed_count, locked_until)
         VALUES (sha256(convert_to(v_email, 'UTF8')), 1, NULL)
    ON CONFLICT (email_hash) DO UPDATE
       SET failed_count = t.failed_count + 1,
           last_failure_at = now(),
           locked_until = CASE WHEN t.failed_count + 1 >= 5
                               THEN now() + least(power(2, t.failed_count + 1 - 5), 60) * interval '1 minute'
                               ELSE t.locked_until END
    RETURNING locked_until INTO v_until;
    RETURN v_until;
  END
  $$;

CREATE OR REPLACE FUNCTION auth.record_login_success(p_user_id uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = p_user_id
  $$;

DROP TABLE audit_chain_head;
DROP FUNCTION audit_seal();
DROP FUNCTION audit_event_hash(audit_event, bytea);
DROP FUNCTION audit_event_canonical(audit_event);
DROP TABLE audit_event;
DROP FUNCTION audit_event_guard();
DROP FUNCTION audit_event_fill_subject();
DROP FUNCTION app_expire_referrals();
DROP FUNCTION app_staff_names(uuid[]);
DROP FUNCTION app_answer_referral(uuid, text, text);
DROP TABLE referral;
DROP TABLE consent;
DROP TABLE attachment;
DROP TABLE case_status_change;
DROP TABLE returnee_health;
DROP TABLE case_needs;
DROP TABLE household_member;
DROP TABLE returnee_contact;
DROP TABLE returnee;
DROP TABLE referral_case;
DROP TABLE case_number_counter;
DROP FUNCTION app_partner_sections(uuid);
DROP FUNCTION app_referral_gives_access(uuid, uuid, uuid, text, timestamptz, text[]);
DROP TABLE agreement_party;
DROP TABLE cooperation_agreement;
DROP FUNCTION app_agreement_in_force(uuid, text);
DROP FUNCTION app_is_agreement_party(uuid);
ALTER TABLE organisation DROP COLUMN case_prefix;
DROP FUNCTION app_current_user_has_role(text[]);
