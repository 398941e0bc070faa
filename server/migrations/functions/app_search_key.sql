-- What search compares, for the stored search texts and for what is typed alike (issue 11): bidi
-- and zero-width controls and soft hyphens dropped, diacritics folded ("Hodžić" → "hodzic", đ → d),
-- lower case, and every run of separators (white space, hyphens and dashes, apostrophes, dots) one
-- space, trimmed ("Al‑Obaidi", "al-obaidi" and "Al  Obaidi" → "al obaidi"). Index expressions and
-- stored columns use it (migration 0011): a change here needs a migration that recomputes them.
CREATE OR REPLACE FUNCTION app_search_key(p_text text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT btrim(regexp_replace(
             lower(public.unaccent('public.unaccent'::regdictionary,
                   translate(p_text, U&'!200E!200F!202A!202B!202C!202D!202E!2066!2067!2068!2069!061C!200B!200C!200D!2060!FEFF!00AD' UESCAPE '!', ''))),
             U&'[[:space:]!00A0!2007!202F!2010-!2015!2212''!2018!2019!02BC!00B4`.-]+' UESCAPE '!', ' ', 'g'))
  $$;
