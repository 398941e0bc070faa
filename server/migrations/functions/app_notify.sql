-- For requests: always as the current organisation; with none set, nobody is notified.
CREATE OR REPLACE FUNCTION app_notify(p_kind text, p_params jsonb, p_case uuid, p_referral uuid,
                                      p_session uuid, p_users uuid[], p_organisation uuid, p_roles text[],
                                      p_except uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    IF app_current_organisation_id() IS NULL THEN
      RETURN 0;
    END IF;
    RETURN app_notify_as(app_current_organisation_id(), p_kind, p_params, p_case, p_referral, p_session,
                         p_users, p_organisation, p_roles, p_except);
  END
  $$;

REVOKE ALL ON FUNCTION app_notify(text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_notify(text, jsonb, uuid, uuid, uuid, uuid[], uuid, text[], uuid) TO :"app_role";
