-- Takes one attempt on an address: locks its record (creating it) until the transaction ends,
-- refuses while a lock-out is in force (not counted), and otherwise counts the attempt before the
-- caller compares anything. Internal: not granted to the app role.
CREATE OR REPLACE FUNCTION auth.take_attempt(p_email text, OUT refused boolean, OUT attempts integer,
                                             OUT locked_until timestamp with time zone) RETURNS record
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_key bytea := sha256(convert_to(p_email, 'UTF8'));
    v_row login_throttle%ROWTYPE;
  BEGIN
    -- Forget stale records now and then; never wait for one that another attempt holds.
    DELETE FROM login_throttle WHERE email_hash IN (
      SELECT t.email_hash FROM login_throttle t
       WHERE t.last_failure_at < now() - interval '1 day' AND t.email_hash <> v_key
         AND (t.locked_until IS NULL OR t.locked_until < now())
       LIMIT 50 FOR UPDATE SKIP LOCKED);
    -- The record's row lock is what orders concurrent attempts on one address. (A record removed
    -- between the two statements by the clean-up above is simply made again.)
    LOOP
      INSERT INTO login_throttle (email_hash, failed_count) VALUES (v_key, 0) ON CONFLICT (email_hash) DO NOTHING;
      SELECT * INTO v_row FROM login_throttle t WHERE t.email_hash = v_key FOR UPDATE;
      EXIT WHEN FOUND;
    END LOOP;
    IF v_row.locked_until > now() THEN
      refused := true;
      attempts := v_row.failed_count;
      locked_until := v_row.locked_until;
      RETURN;
    END IF;
    -- From the fifth attempt in a row the address is locked for 1, 2, 4, … minutes (at most an
    -- hour); a matching password resets the record (never deletes it: others may wait on its lock).
    UPDATE login_throttle t
       SET failed_count = t.failed_count + 1,
           last_failure_at = now(),
           locked_until = CASE WHEN t.failed_count + 1 >= 5
                               THEN now() + least(power(2, t.failed_count + 1 - 5), 60) * interval '1 minute' END
     WHERE t.email_hash = v_key
    RETURNING * INTO v_row;
    refused := false;
    attempts := v_row.failed_count;
    locked_until := v_row.locked_until;
  END
  $$;

REVOKE ALL ON FUNCTION auth.take_attempt(text) FROM PUBLIC, :"app_role";
