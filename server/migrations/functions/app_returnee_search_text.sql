-- A returnee's name in both orders ("first last first" holds "first last" and "last first").
CREATE OR REPLACE FUNCTION app_returnee_search_text(p_first text, p_last text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.app_search_key(p_first || ' ' || p_last || ' ' || p_first) $$;
