-- The current organisation's cases whose returnee's name or case number matches p_text,
-- diacritics folded: three characters or more anywhere in the name (either order: "first last" or
-- "last first") or the number; one or two characters at the start of the first or last name.
-- Nothing for anyone who may not read the organisation's cases. Runs as the schema owner so that
-- the indexes serve the LIKE (under row-level security they cannot: LIKE is not leakproof); it
-- therefore applies the tenant rule itself, exactly as returnee_owner_rw and
-- referral_case_owner_read do for the organisation's own cases. `returnee.search_text` is
-- app_returnee_search_text(first_name, last_name), stored (migration 0010).
CREATE OR REPLACE FUNCTION app_search_case_ids(p_text text) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    organisation constant uuid := app_current_organisation_id();
    key constant text := replace(replace(replace(app_search_key(btrim(p_text)), '\', '\\'), '%', '\%'), '_', '\_');
  BEGIN
    IF organisation IS NULL OR NOT app_is_case_reader() OR coalesce(key, '') = '' THEN
      RETURN;
    ELSIF char_length(key) < 3 THEN
      RETURN QUERY SELECT r.case_id FROM returnee r
                    WHERE r.organisation_id = organisation
                      AND (app_search_key(r.last_name) LIKE key || '%' OR app_search_key(r.first_name) LIKE key || '%');
    ELSE
      RETURN QUERY SELECT r.case_id FROM returnee r
                    WHERE r.organisation_id = organisation
                      AND r.search_text LIKE '%' || key || '%'
                   UNION
                   SELECT c.id FROM referral_case c
                    WHERE c.organisation_id = organisation AND app_search_key(c.number) LIKE '%' || key || '%';
    END IF;
  END
  $$;

REVOKE ALL ON FUNCTION app_search_case_ids(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_search_case_ids(text) TO :"app_role";
