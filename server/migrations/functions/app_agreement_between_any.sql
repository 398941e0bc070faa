-- An agreement between two organisations that every party confirmed and that is in force today,
-- whatever its scope (enough to show a name or send a notification). Internal: not granted.
CREATE OR REPLACE FUNCTION app_agreement_between_any(p_org_a uuid, p_org_b uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM agreement_party a
        JOIN agreement_party b ON b.agreement_id = a.agreement_id
        JOIN cooperation_agreement g ON g.id = a.agreement_id
       WHERE a.organisation_id = p_org_a AND b.organisation_id = p_org_b
         AND g.terminated_at IS NULL AND current_date BETWEEN g.valid_from AND g.valid_to
         AND NOT EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = g.id AND p.confirmed_at IS NULL))
  $$;

REVOKE ALL ON FUNCTION app_agreement_between_any(uuid, uuid) FROM PUBLIC, :"app_role";
