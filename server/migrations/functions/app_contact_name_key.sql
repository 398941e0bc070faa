-- A name as the directory compares it: lower case, diacritics folded (unaccent: "Hodžić" →
-- "hodzic", "Đ" → "d"), every run of anything but letters and digits one space, trimmed: so
-- "Al-Obaidi", "al obaidi" and "AL  OBAIDI." are one name. The generated column name_key and the
-- searches use it: a change of its body needs those rows rewritten.
CREATE OR REPLACE FUNCTION app_contact_name_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, p_text)), '[^[:alnum:]]+', ' ', 'g')) $$;
