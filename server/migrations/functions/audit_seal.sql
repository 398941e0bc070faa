-- Gives each new event, in id order, its place in the chain and its hash. The head row is the
-- lock: one sealer at a time, across every server instance. `npm run audit:verify` walks the chain.
CREATE OR REPLACE FUNCTION audit_seal() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
  DECLARE
    v_position bigint;
    v_hash bytea;
    v_previous bytea;
    v_event audit_event%ROWTYPE;
    v_count integer := 0;
  BEGIN
    -- The head row is the lock: one sealer at a time, across every server instance.
    SELECT position, hash INTO v_position, v_hash FROM audit_chain_head FOR UPDATE;
    FOR v_event IN SELECT * FROM audit_event WHERE chain_position IS NULL ORDER BY id LOOP
      v_position := v_position + 1;
      v_previous := v_hash;
      v_event.chain_position := v_position;
      v_hash := audit_event_hash(v_event, v_previous);
      UPDATE audit_event SET chain_position = v_position, previous_hash = v_previous, hash = v_hash WHERE id = v_event.id;
      v_count := v_count + 1;
    END LOOP;
    UPDATE audit_chain_head SET position = v_position, hash = v_hash;
    RETURN v_count;
  END
  $$;

REVOKE ALL ON FUNCTION audit_seal() FROM PUBLIC, :"app_role";
GRANT EXECUTE ON FUNCTION audit_seal() TO :"app_role";
