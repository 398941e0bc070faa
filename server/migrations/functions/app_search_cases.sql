-- The current organisation's cases that what was typed finds, each with its rank (issue 11):
--
--   9 the case number, whole          ("STO-2024-0012", "sto 2024 0012")
--   8 the identity number, whole      (a Swedish one with or without century, dash or +)
--   7 the returnee's whole name       ("amra hodzic", "Hodžić Amra")
--   6 the start of one of its names   ("hodz", "al obaidi", "djordje")
--   5 a household member's name from its start; the whole phone number
--   4 anything else found: a name or case number in part, a household member's name in part, the
--     start of an identity number (6 characters or more), the end of a phone number (its last 6
--     digits or more), the destination place
--
-- then, within a rank, the shorter text that holds what was typed first: the closer match, as
-- pg_trgm's similarity would say for a text that contains the typed one, without computing
-- trigrams for every row found (it cost 30 µs a row). `rank` is that as five digits, to sort on
-- descending ("70971": rank 7, a text of 28 characters; 999 - length). Both sides are
-- folded by app_search_key (case, diacritics, separators), app_search_id_key and
-- app_search_phone_key (a phone also by the digits as typed, so that a fragment with a leading 0
-- is one). Names and the place are matched from three characters on, anywhere; one or two
-- characters match the start of a word of the returnee's name only; a case number
-- only when what was typed has a digit (so that "sto" is not every case of Stockholm).
--
-- Nothing for anyone who may not read the organisation's cases (a partner's staff among them:
-- partners reach referred cases through referrals, never through this). Runs as the schema owner
-- so that the indexes serve the LIKE (under row-level security they cannot: LIKE is not
-- leakproof); it therefore applies the tenant rule itself, exactly as the owner policies of
-- referral_case, returnee, household_member and returnee_contact do for the organisation's own
-- cases. Plans are made for each call's own text (plan_cache_mode): a generic plan could not use
-- the btree indexes for a LIKE prefix. Each row found costs a few µs here and a lookup of its
-- case in the page: a search that finds a tenth of the cases (a place) costs tens of ms.
CREATE OR REPLACE FUNCTION app_search_cases(p_text text) RETURNS TABLE (case_id uuid, rank text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public, pg_temp
  SET plan_cache_mode = force_custom_plan
  -- No parallel workers: starting them cost ~50 ms on every search at 100,000 cases, on a quiet
  -- machine, while the index scans they share take 1-5 ms (bench/search.mjs, 1 December 2026).
  SET max_parallel_workers_per_gather = 0
  AS $$
  #variable_conflict use_column
  DECLARE
    v_organisation constant uuid := app_current_organisation_id();
    v_key constant text := app_search_key(p_text);
    v_like constant text := replace(replace(replace(v_key, '\', '\\'), '%', '\%'), '_', '\_');
    v_id constant text := CASE WHEN p_text ~ '[0-9]' AND char_length(app_search_id_key(p_text)) >= 6 THEN app_search_id_key(p_text) END;
    v_phone_like constant boolean := p_text ~ '^[0-9[:space:]()+./-]+$';
    v_phone constant text := CASE WHEN v_phone_like AND char_length(app_search_phone_key(p_text)) >= 6 THEN app_search_phone_key(p_text) END;
    v_digits constant text := CASE WHEN v_phone_like AND char_length(regexp_replace(p_text, '[^0-9]', '', 'g')) >= 6
                                   THEN regexp_replace(p_text, '[^0-9]', '', 'g') END;
  BEGIN
    IF v_organisation IS NULL OR NOT app_is_case_reader() OR coalesce(v_key, '') = '' THEN
      RETURN;
    ELSIF char_length(v_key) < 3 THEN
      -- The start of a word of the name: the trigram index has the words' first letters too.
      RETURN QUERY SELECT r.case_id, '6' || lpad((999 - least(char_length(r.search_text), 999))::text, 4, '0') FROM returnee r
                    WHERE r.organisation_id = v_organisation
                      AND (r.search_text LIKE v_like || '%' OR r.search_text LIKE '% ' || v_like || '%' OR r.search_text LIKE '%|' || v_like || '%');
      RETURN;
    END IF;
    RETURN QUERY
      WITH hit (case_id, tier, text_length) AS (
        SELECT r.case_id,
               CASE WHEN r.search_text LIKE v_like || '|%' OR r.search_text LIKE '%|' || v_like || '|%' THEN 7
                    WHEN r.search_text LIKE v_like || '%' OR r.search_text LIKE '% ' || v_like || '%' OR r.search_text LIKE '%|' || v_like || '%' THEN 6
                    ELSE 4 END,
               char_length(r.search_text)
          FROM returnee r
         WHERE r.organisation_id = v_organisation AND r.search_text LIKE '%' || v_like || '%'
        UNION ALL
        SELECT h.case_id,
               CASE WHEN h.search_text LIKE v_like || '%' OR h.search_text LIKE '% ' || v_like || '%' OR h.search_text LIKE '%|' || v_like || '%' THEN 5
                    ELSE 4 END,
               char_length(h.search_text)
          FROM household_member h
         WHERE h.organisation_id = v_organisation AND h.search_text LIKE '%' || v_like || '%'
        UNION ALL
        SELECT c.id, CASE WHEN c.search_text LIKE v_like || '|%' THEN 9 ELSE 4 END, char_length(c.search_text)
          FROM referral_case c
         WHERE c.organisation_id = v_organisation AND c.search_text LIKE '%' || v_like || '%'
           AND (v_key ~ '[0-9]' OR split_part(c.search_text, '|', 2) LIKE '%' || v_like || '%')
        UNION ALL
        SELECT r.case_id, CASE WHEN r.identity_key = v_id THEN 8 ELSE 4 END, 1
          FROM returnee r
         WHERE v_id IS NOT NULL AND r.organisation_id = v_organisation AND r.identity_key LIKE v_id || '%'
        UNION ALL
        SELECT p.case_id, CASE WHEN p.phone_key = v_phone THEN 5 ELSE 4 END, 1
          FROM returnee_contact p
         WHERE (v_phone IS NOT NULL OR v_digits IS NOT NULL) AND p.organisation_id = v_organisation
           AND (reverse(p.phone_key) LIKE reverse(v_phone) || '%' OR reverse(p.phone_key) LIKE reverse(v_digits) || '%')
      )
      SELECT hit.case_id, max(hit.tier::text || lpad((999 - least(hit.text_length, 999))::text, 4, '0'))
        FROM hit GROUP BY hit.case_id;
  END
  $$;

REVOKE ALL ON FUNCTION app_search_cases(text) FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION app_search_cases(text) TO :"app_role";
