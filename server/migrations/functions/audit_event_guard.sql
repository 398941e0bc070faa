-- Events are never changed or removed; the one permitted update is sealing an unsealed event.
CREATE OR REPLACE FUNCTION audit_event_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
       AND (OLD.id, OLD.occurred_at, OLD.organisation_id, OLD.subject_organisation_id, OLD.actor_user_id, OLD.action,
            OLD.entity_type, OLD.entity_id, OLD.request_id, OLD.details)
           IS NOT DISTINCT FROM
           (NEW.id, NEW.occurred_at, NEW.organisation_id, NEW.subject_organisation_id, NEW.actor_user_id, NEW.action,
            NEW.entity_type, NEW.entity_id, NEW.request_id, NEW.details) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
  END
  $$;
