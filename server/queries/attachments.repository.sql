-- The SQL of src/modules/attachments/attachments.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- AttachmentsRepository.insert
INSERT INTO attachment (organisation_id, file_name, content_type, size, sha256, content, uploaded_by_user_id)
VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
