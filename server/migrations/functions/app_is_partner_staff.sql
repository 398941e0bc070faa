-- PARTNER_STAFF: answer referrals received and read what they share.
CREATE OR REPLACE FUNCTION app_is_partner_staff() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT app_current_user_has_role('PARTNER_CASEWORKER', 'COORDINATOR') $$;
