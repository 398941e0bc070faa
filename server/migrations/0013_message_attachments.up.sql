-- Files on case messages (issue 11, point 13): a prescription, a certificate sent on a referral's
-- thread. Stored in the database as the signed consent forms are (attachment, migration 0002),
-- with the same limits, but in a table of their own: whoever may read the message may read its
-- files, and nobody else.
CREATE TABLE case_message_attachment (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id          uuid NOT NULL REFERENCES case_message (id),
  position            smallint NOT NULL CHECK (position BETWEEN 0 AND 4),
  file_name           text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 255),
  content_type        text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size                integer NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256              bytea NOT NULL,
  content             bytea NOT NULL,
  uploaded_by_user_id uuid NOT NULL REFERENCES app_user (id),
  created_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (octet_length(content) = size),
  -- At most five files a message, in the order they were sent.
  UNIQUE (message_id, position)
);

ALTER TABLE case_message_attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_message_attachment FORCE ROW LEVEL SECURITY;
-- Read access is the message's: the subquery runs under case_message's own policies
-- (case_message_read), so a file is visible exactly when its message is. It names the current
-- organisation as well, so that the policy is keyed on it even without them.
CREATE POLICY case_message_attachment_read ON case_message_attachment FOR SELECT TO :"app_role"
  USING (EXISTS (SELECT 1 FROM case_message m
                  WHERE m.id = case_message_attachment.message_id
                    AND (SELECT app_current_organisation_id()) IN (m.owner_organisation_id, m.partner_organisation_id)));
-- Written only with the message, by its author: the message must be the current user's own.
CREATE POLICY case_message_attachment_write ON case_message_attachment FOR INSERT TO :"app_role"
  WITH CHECK (uploaded_by_user_id = (SELECT app_current_user_id())
              AND EXISTS (SELECT 1 FROM case_message m
                           WHERE m.id = case_message_attachment.message_id
                             AND m.author_user_id = (SELECT app_current_user_id())
                             AND m.author_organisation_id = (SELECT app_current_organisation_id())));
CREATE POLICY case_message_attachment_schema_owner_bypass ON case_message_attachment TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT, INSERT ON case_message_attachment TO :"app_role";
