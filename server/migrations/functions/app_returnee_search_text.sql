-- A person's stored search text (returnee.search_text, household_member.search_text; migration
-- 0011): "first last|last first|", then what else the name may be typed as: with đ as "dj"
-- ("Đorđe" → "djordje"), and each name that has separators also without them ("Al-Obaidi" →
-- "alobaidi"). The "|" ends each form, so that app_search_cases can tell a whole name typed from
-- its start from part of one with LIKE alone, and a typed name never runs from one form into the next.
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
