DROP FUNCTION app_supervision_candidates(uuid);
CREATE FUNCTION app_supervision_candidates(p_partner uuid)
  RETURNS TABLE(id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.active
       AND ((u.organisation_id = app_current_organisation_id() AND u.roles && ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR'])
            OR (u.organisation_id = p_partner AND u.roles && ARRAY['PARTNER_CASEWORKER', 'COORDINATOR']
                AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;
REVOKE ALL ON FUNCTION app_supervision_candidates(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_candidates(uuid) TO :"app_role";

DROP FUNCTION app_staff_names(uuid[]);
CREATE FUNCTION app_staff_names(p_ids uuid[])
  RETURNS TABLE(id uuid, name text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.organisation_id FROM app_user u
     WHERE u.id = ANY (p_ids)
       AND (u.organisation_id = app_current_organisation_id()
            OR app_agreement_between_any(app_current_organisation_id(), u.organisation_id))
  $$;
REVOKE ALL ON FUNCTION app_staff_names(uuid[]) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_staff_names(uuid[]) TO :"app_role";

REVOKE SELECT (name_latin, name_arabic), INSERT (name_latin, name_arabic), UPDATE (name_latin, name_arabic) ON app_user FROM :"app_role";
ALTER TABLE app_user DROP COLUMN name_latin, DROP COLUMN name_arabic;
REVOKE UPDATE (name_latin, name_arabic) ON organisation FROM :"app_role";
ALTER TABLE organisation DROP COLUMN name_latin, DROP COLUMN name_arabic;
