-- What search compares: lower case, diacritics folded ("Hodžić" → "hodzic"). Index expressions
-- use it (returnee_search, referral_case_number_search): a change here needs a reindex.
CREATE OR REPLACE FUNCTION app_search_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_text)) $$;
