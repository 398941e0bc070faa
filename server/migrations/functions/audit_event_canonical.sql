-- The text of an event that its hash covers (see audit_seal). Changing it breaks the chain.
CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_event) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT concat_ws('|', e.chain_position, e.id,
                     to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(e.organisation_id::text, '-'), coalesce(e.subject_organisation_id::text, '-'),
                     coalesce(e.actor_user_id::text, '-'), e.action, e.entity_type, coalesce(e.entity_id, '-'),
                     coalesce(e.request_id, '-'), e.details::text)
  $$;
