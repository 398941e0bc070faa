-- Writes notifications for people, and announces each on the channel `cirkel_notification`
-- (delivered when the transaction commits, to every listening server instance). `p_users` are
-- people; or `p_organisation` with `p_roles`. Recipients outside `p_from` must belong to an
-- organisation it has an agreement in force with; anyone else is skipped. `p_from` NULL is the
-- system itself (the periodic tasks), which may reach anyone. Not granted to the application role.
CREATE OR REPLACE FUNCTION app_notify_as(p_from uuid, p_kind text, p_params jsonb, p_case uuid,
                                         p_referral uuid, p_session uuid, p_users uuid[], p_organisation uuid,
                                         p_roles text[], p_except uuid) RETURNS integer
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_row record;
    v_count integer := 0;
  BEGIN
    FOR v_row IN
      INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, session_id)
      SELECT u.id, u.organisation_id, p_kind, coalesce(p_params, '{}'), p_case, p_referral, p_session
        FROM app_user u
       WHERE u.active AND u.id IS DISTINCT FROM p_except
         AND ((p_users IS NOT NULL AND u.id = ANY (p_users))
              OR (p_organisation IS NOT NULL AND u.organisation_id = p_organisation AND u.roles && p_roles))
         AND (p_from IS NULL OR u.organisation_id = p_from OR app_agreement_between_any(p_from, u.organisation_id))
      RETURNING id, recipient_user_id, recipient_organisation_id
    LOOP
      PERFORM pg_notify('cirkel_notification',
        json_build_object('id', v_row.id, 'user', v_row.recipient_user_id, 'organisation', v_row.recipient_organisation_id)::text);
      v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
  END
  $$;

REVOKE ALL ON FUNCTION app_notify_as(uuid, text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid) FROM PUBLIC, :"app_role";
