-- The argon2id prefix ($argon2id$v=19$m=…,t=…,p=…$salt) of a PHC hash string, or NULL.
CREATE OR REPLACE FUNCTION auth.hash_prefix(p_hash text) RETURNS text
  LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
  AS $$ SELECT substring(p_hash FROM '^(\$argon2id\$v=[0-9]+\$[a-z]=[0-9]+(?:,[a-z]=[0-9]+)*\$[A-Za-z0-9+/]+)\$[A-Za-z0-9+/]+$') $$;

REVOKE ALL ON FUNCTION auth.hash_prefix(text) FROM PUBLIC, :"app_role";
