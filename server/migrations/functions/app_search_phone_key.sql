-- A phone number as search compares it (returnee_contact.phone_key, migration 0011, and what is
-- typed): digits only, a Swedish number without +46, 0046 or its leading 0 ("+46 70 123 45 67",
-- "0046701234567" and "070-123 45 67" → "701234567"), another country's without + or 00. Search
-- matches the end of it, so that its last six or more digits find it. NULL when no digit is left.
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
