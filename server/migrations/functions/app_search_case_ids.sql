-- The ids of the cases app_search_cases finds, for a filter that does not sort by rank (the case
-- list sorted by number, name or date; its count). The same rules: the current organisation's
-- cases, for those who may read them. (plpgsql: its body is checked when called, so that this file
-- may run before app_search_cases.sql.)
CREATE OR REPLACE FUNCTION app_search_case_ids(p_text text) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$ BEGIN RETURN QUERY SELECT s.case_id FROM app_search_cases(p_text) AS s; END $$;

REVOKE ALL ON FUNCTION app_search_case_ids(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_search_case_ids(text) TO :"app_role";
