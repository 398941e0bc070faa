-- A case's stored search text (referral_case.search_text, migration 0011): its number, then its
-- destination place, each ended by "|", folded by app_search_key.
CREATE OR REPLACE FUNCTION app_case_search_text(p_number text, p_place text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.app_search_key(p_number) || '|' || public.app_search_key(p_place) || '|' $$;
