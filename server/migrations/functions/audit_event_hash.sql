-- hash = sha256(previous hash ‖ canonical text of the event).
CREATE OR REPLACE FUNCTION audit_event_hash(e audit_event, p_previous bytea) RETURNS bytea
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT sha256(p_previous || convert_to(audit_event_canonical(e), 'UTF8')) $$;
