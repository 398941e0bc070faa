-- Names of staff that the current organisation may show: its own people, and the people of
-- organisations it has an agreement in force with (every party confirmed, whatever the scope).
-- A name (as written, and its spellings in the other script), nothing more.
CREATE OR REPLACE FUNCTION app_staff_names(p_ids uuid[])
  RETURNS TABLE(id uuid, name text, name_latin text, name_arabic text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.name_latin, u.name_arabic, u.organisation_id FROM app_user u
     WHERE u.id = ANY (p_ids)
       AND (u.organisation_id = app_current_organisation_id()
            OR app_agreement_between_any(app_current_organisation_id(), u.organisation_id))
  $$;

REVOKE ALL ON FUNCTION app_staff_names(uuid[]) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_staff_names(uuid[]) TO :"app_role";
