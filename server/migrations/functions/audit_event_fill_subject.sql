-- The subject of an event whose writer does not know it (a refusal) is the writer's own
-- organisation: no lookup, so nothing about the probed id can show in the prober's event.
CREATE OR REPLACE FUNCTION audit_event_fill_subject() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp
  AS $$
  BEGIN
    NEW.subject_organisation_id := coalesce(NEW.subject_organisation_id, NEW.organisation_id);
    RETURN NEW;
  END
  $$;
