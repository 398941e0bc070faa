-- Search finds what people type (issue 11): identity numbers in any of their forms, household
-- members, phone numbers and the destination place besides the returnee's name and the case
-- number, with names folded alike whatever separators or diacritics they are typed with.
--
-- What is compared is stored with each row, in generated columns (so it follows every edit of
-- the row without a trigger) that indexes hold; app_search_cases (functions/) reads them:
--
--   returnee.search_text          the name, app_returnee_search_text (recomputed: the folding changed)
--   returnee.identity_key         app_search_id_key(identity_number), btree for equality and prefix
--   household_member.search_text  each member's name, as the returnee's
--   returnee_contact.phone_key    app_search_phone_key(phone), btree on its reverse for "ends with"
--   referral_case.search_text     number and destination place, app_case_search_text
--
-- The functions these columns use are created here (the function files run after the
-- migrations, and hold the same text).

-- 1. The folding, and the functions of the stored texts. ---------------------------------------
CREATE OR REPLACE FUNCTION app_search_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT btrim(regexp_replace(
             lower(public.unaccent('public.unaccent'::regdictionary,
                   translate(p_text, U&'!200E!200F!202A!202B!202C!202D!202E!2066!2067!2068!2069!061C!200B!200C!200D!2060!FEFF!00AD' UESCAPE '!', ''))),
             U&'[[:space:]!00A0!2007!202F!2010-!2015!2212''!2018!2019!02BC!00B4`.-]+' UESCAPE '!', ' ', 'g'))
  $$;

CREATE OR REPLACE FUNCTION app_returnee_search_text(p_first text, p_last text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT public.app_search_key(p_first || ' ' || p_last) || '|' || public.app_search_key(p_last || ' ' || p_first) || '|'
        || CASE WHEN p_first || p_last ~ '[đĐ]'
                THEN public.app_search_key(replace(replace(p_first || ' ' || p_last, 'đ', 'dj'), 'Đ', 'Dj')) || '|'
                  || public.app_search_key(replace(replace(p_last || ' ' || p_first, 'đ', 'dj'), 'Đ', 'Dj')) || '|'
                ELSE '' END
        || CASE WHEN public.app_search_key(p_first) LIKE '% %' THEN replace(public.app_search_key(p_first), ' ', '') || '|' ELSE '' END
        || CASE WHEN public.app_search_key(p_last) LIKE '% %' THEN replace(public.app_search_key(p_last), ' ', '') || '|' ELSE '' END
  $$;

CREATE OR REPLACE FUNCTION app_case_search_text(p_number text, p_place text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.app_search_key(p_number) || '|' || public.app_search_key(p_place) || '|' $$;

CREATE OR REPLACE FUNCTION app_search_id_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT nullif(CASE WHEN c ~ '^(18|19|20)[0-9]{10}$' THEN substr(c, 3) ELSE c END, '')
      FROM (SELECT lower(regexp_replace(p_text, '[^0-9A-Za-z]', '', 'g')) AS c) AS compact
  $$;

CREATE OR REPLACE FUNCTION app_search_phone_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT nullif(CASE WHEN d LIKE '0046%' THEN substr(d, 5)
                       WHEN p_text ~ '^\s*\+\s*4\s*6' THEN substr(d, 3)
                       WHEN d LIKE '00%' THEN substr(d, 3)
                       WHEN p_text ~ '^\s*\+' THEN d
                       WHEN d LIKE '0%' THEN substr(d, 2)
                       ELSE d END, '')
      FROM (SELECT regexp_replace(p_text, '[^0-9]', '', 'g') AS d) AS digits
  $$;

-- 2. The returnee's name, recomputed; its identity number. ---------------------------------------
ALTER TABLE returnee DROP COLUMN search_text;
ALTER TABLE returnee
  ADD COLUMN search_text text GENERATED ALWAYS AS (app_returnee_search_text(first_name, last_name)) STORED,
  ADD COLUMN identity_key text GENERATED ALWAYS AS (app_search_id_key(identity_number)) STORED;
CREATE INDEX returnee_search ON returnee USING gin (search_text gin_trgm_ops);
CREATE INDEX returnee_identity_key ON returnee (organisation_id, identity_key text_pattern_ops) WHERE identity_key IS NOT NULL;
-- One or two characters: the start of a word of the name, from the trigram index above (its words'
-- first letters are trigrams too); the prefix indexes of 0008 folded each row again to recheck.
DROP INDEX returnee_last_name_prefix;
DROP INDEX returnee_first_name_prefix;

-- 3. Household members' names. ------------------------------------------------------------------
ALTER TABLE household_member ADD COLUMN search_text text GENERATED ALWAYS AS (app_returnee_search_text(first_name, last_name)) STORED;
CREATE INDEX household_member_search ON household_member USING gin (search_text gin_trgm_ops);

-- 4. Phone numbers, matched from their end. ----------------------------------------------------
ALTER TABLE returnee_contact ADD COLUMN phone_key text GENERATED ALWAYS AS (app_search_phone_key(phone)) STORED;
CREATE INDEX returnee_contact_phone_key ON returnee_contact (organisation_id, reverse(phone_key) text_pattern_ops) WHERE phone_key IS NOT NULL;

-- 5. The case number and the destination place (the number's own trigram index of 0008 goes). --
DROP INDEX referral_case_number_search;
ALTER TABLE referral_case ADD COLUMN search_text text GENERATED ALWAYS AS (app_case_search_text(number, destination_place)) STORED;
CREATE INDEX referral_case_search ON referral_case USING gin (search_text gin_trgm_ops);

-- Statistics for the new columns, so that the planner sees how selective a search is.
ANALYZE returnee, household_member, returnee_contact, referral_case;
