-- An identity number as search compares it (returnee.identity_key, migration 0011, and what is
-- typed): letters and digits only, lower case; a Swedish personal or coordination number of 12
-- digits without its century, so that 19850402-1234, 198504021234, 850402-1234, 8504021234 and
-- 850402+1234 are one key. NULL when nothing is left.
CREATE OR REPLACE FUNCTION app_search_id_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT nullif(CASE WHEN c ~ '^(18|19|20)[0-9]{10}$' THEN substr(c, 3) ELSE c END, '')
      FROM (SELECT lower(regexp_replace(p_text, '[^0-9A-Za-z]', '', 'g')) AS c) AS compact
  $$;
