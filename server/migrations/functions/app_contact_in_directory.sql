-- A row's owner must be the contact organisation's owner (a person or status change cannot be
-- hung under another directory's entry, even by a caller who guessed its id). Invoker's rights:
-- it sees only what the caller's policies let it see.
CREATE OR REPLACE FUNCTION app_contact_in_directory(p_contact uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM contact_organisation c
                    WHERE c.id = p_contact AND c.organisation_id = app_current_organisation_id())
  $$;
