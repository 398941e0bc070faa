-- The tenant settings of the current transaction. A missing setting, and the '' that a pooled
-- connection keeps after a transaction-local set_config, both mean "nobody": zero rows.
CREATE OR REPLACE FUNCTION app_current_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
