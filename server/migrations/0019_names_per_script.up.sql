-- Names people can read (issue 11, point 4). An organisation's and a person's `name` stays as its
-- owner writes it; beside it an optional spelling in the other script: `name_latin` for the
-- Swedish, English and Bosnian interfaces, `name_arabic` for the Arabic one. A reader sees the
-- spelling of their script first and the name as written beside it (i18n/names.js). Each spelling
-- holds letters of its own script (the server says so in the caller's language first).
ALTER TABLE organisation
  ADD COLUMN name_latin text CONSTRAINT organisation_name_latin_check
    CHECK (char_length(name_latin) BETWEEN 1 AND 200 AND name_latin !~ '[\u0600-\u06FF]'),
  ADD COLUMN name_arabic text CONSTRAINT organisation_name_arabic_check
    CHECK (char_length(name_arabic) BETWEEN 1 AND 200 AND name_arabic ~ '[\u0600-\u06FF]');
-- A coordinator sets their own organisation's (organisation_own_update).
GRANT UPDATE (name_latin, name_arabic) ON organisation TO :"app_role";

ALTER TABLE app_user
  ADD COLUMN name_latin text CONSTRAINT app_user_name_latin_check
    CHECK (char_length(name_latin) BETWEEN 1 AND 200 AND name_latin !~ '[\u0600-\u06FF]'),
  ADD COLUMN name_arabic text CONSTRAINT app_user_name_arabic_check
    CHECK (char_length(name_arabic) BETWEEN 1 AND 200 AND name_arabic ~ '[\u0600-\u06FF]');
-- A coordinator sets a colleague's, never their own (app_user_create, app_user_manage).
GRANT SELECT (name_latin, name_arabic), INSERT (name_latin, name_arabic), UPDATE (name_latin, name_arabic) ON app_user TO :"app_role";

-- The names others may see now come with their spellings (same reach as before).
DROP FUNCTION app_staff_names(uuid[]);
CREATE FUNCTION app_staff_names(p_ids uuid[])
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

DROP FUNCTION app_supervision_candidates(uuid);
CREATE FUNCTION app_supervision_candidates(p_partner uuid)
  RETURNS TABLE(id uuid, name text, name_latin text, name_arabic text, organisation_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT u.id, u.name, u.name_latin, u.name_arabic, u.organisation_id FROM app_user u
     WHERE u.active
       AND ((u.organisation_id = app_current_organisation_id() AND u.roles && ARRAY['CASEWORKER', 'SUPERVISOR', 'COORDINATOR'])
            OR (u.organisation_id = p_partner AND u.roles && ARRAY['PARTNER_CASEWORKER', 'COORDINATOR']
                AND app_agreement_between(app_current_organisation_id(), p_partner, 'SUPERVISION')))
     ORDER BY u.organisation_id = app_current_organisation_id() DESC, lower(u.name)
  $$;
REVOKE ALL ON FUNCTION app_supervision_candidates(uuid) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_supervision_candidates(uuid) TO :"app_role";
