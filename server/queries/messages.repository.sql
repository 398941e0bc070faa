-- The SQL of src/modules/messages/messages.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- MessagesRepository.messages.found
m.referral_id = ANY(:ids)

-- MessagesRepository.unread.found
SELECT r.id, count(m.id)::int AS unread
 FROM unnest($1::uuid[]) AS r(id)
 LEFT JOIN message_read mr ON mr.referral_id = r.id AND mr.user_id = $2
 LEFT JOIN case_message m ON m.referral_id = r.id AND m.author_user_id <> $2
                         AND m.created_at > coalesce(mr.last_read_at, '-infinity')
GROUP BY r.id

-- MessagesRepository.insert.row
INSERT INTO case_message AS m (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${messages.select('m')}

-- MessagesRepository.insertAttachments
INSERT INTO case_message_attachment (message_id, position, file_name, content_type, size, sha256, content, uploaded_by_user_id)
SELECT $1, f.position - 1, f.file_name, f.content_type, octet_length(f.content), f.sha256, f.content, $2
  FROM unnest($3::text[], $4::text[], $5::bytea[], $6::bytea[]) WITH ORDINALITY AS f(file_name, content_type, sha256, content, position)

-- MessagesRepository.findAttachmentWithContent.row
SELECT ${files.select('a')}, a.content AS "a.content", m.referral_id, m.case_id, m.owner_organisation_id
 FROM case_message_attachment a JOIN case_message m ON m.id = a.message_id
WHERE a.id = $1

-- MessagesRepository.markRead
INSERT INTO message_read (user_id, referral_id, last_read_at) VALUES ($1, $2, clock_timestamp())
ON CONFLICT (user_id, referral_id) DO UPDATE SET last_read_at = EXCLUDED.last_read_at
