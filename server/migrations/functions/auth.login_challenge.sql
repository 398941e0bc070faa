-- What a login needs before it can compute a candidate: the prefix (parameters and salt) of each
-- distinct hash of the address's accounts — normally one — or, for an address without accounts,
-- one derived from the secret with `p_default_params`; and the end of a lock-out in force. The
-- answer has the same shape either way.
CREATE OR REPLACE FUNCTION auth.login_challenge(p_email text, p_default_params text)
  RETURNS TABLE(prefixes text[], locked_until timestamp with time zone)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_email text := lower(btrim(p_email));
  BEGIN
    IF p_default_params IS NULL OR p_default_params !~ '^[a-z]=[0-9]{1,7}(,[a-z]=[0-9]{1,7}){0,5}$' THEN
      RAISE EXCEPTION 'malformed argon2 parameters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
      SELECT coalesce(
               (SELECT array_agg(prefix ORDER BY prefix)
                  FROM (SELECT DISTINCT auth.hash_prefix(u.password_hash) AS prefix
                          FROM app_user u WHERE u.email = v_email) AS known
                 WHERE prefix IS NOT NULL),
               ARRAY['$argon2id$v=19$' || p_default_params || '$'
                     || rtrim(encode(substring(sha256((SELECT s.salt_key FROM auth.secret s) || convert_to(v_email, 'UTF8'))
                                               FROM 1 FOR 16), 'base64'), '=')]),
             (SELECT t.locked_until FROM login_throttle t
               WHERE t.email_hash = sha256(convert_to(v_email, 'UTF8')) AND t.locked_until > now());
  END
  $$;

REVOKE ALL ON FUNCTION auth.login_challenge(text, text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION auth.login_challenge(text, text) TO :"app_role";
