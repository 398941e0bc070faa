DROP FUNCTION IF EXISTS app_search_case_ids(text);
DROP FUNCTION IF EXISTS app_search_cases(text);

DROP INDEX referral_case_search;
ALTER TABLE referral_case DROP COLUMN search_text;
DROP INDEX returnee_contact_phone_key;
ALTER TABLE returnee_contact DROP COLUMN phone_key;
DROP INDEX household_member_search;
ALTER TABLE household_member DROP COLUMN search_text;
DROP INDEX returnee_identity_key;
ALTER TABLE returnee DROP COLUMN identity_key, DROP COLUMN search_text;
DROP FUNCTION app_search_phone_key(text);
DROP FUNCTION app_search_id_key(text);
DROP FUNCTION app_case_search_text(text, text);

-- The folding and the name text of 0008.
CREATE OR REPLACE FUNCTION app_search_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_text)) $$;
CREATE OR REPLACE FUNCTION app_returnee_search_text(p_first text, p_last text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.app_search_key(p_first || ' ' || p_last || ' ' || p_first) $$;
ALTER TABLE returnee ADD COLUMN search_text text GENERATED ALWAYS AS (app_returnee_search_text(first_name, last_name)) STORED;
CREATE INDEX returnee_search ON returnee USING gin (search_text gin_trgm_ops);
CREATE INDEX returnee_last_name_prefix ON returnee (organisation_id, app_search_key(last_name) text_pattern_ops);
CREATE INDEX returnee_first_name_prefix ON returnee (organisation_id, app_search_key(first_name) text_pattern_ops);
CREATE INDEX referral_case_number_search ON referral_case USING gin (app_search_key(number) gin_trgm_ops);
