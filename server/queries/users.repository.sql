-- The SQL of src/modules/users/users.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- UsersRepository.page
(lower(u.name) LIKE :pattern OR lower(u.name_latin) LIKE :pattern OR lower(u.name_arabic) LIKE :pattern OR u.email LIKE :pattern)

-- UsersRepository.page
(lower(u.name), u.id) > (:name, :id)

-- UsersRepository.passwordPrefixes.challenge
SELECT prefixes FROM auth.login_challenge($1, $2)

-- UsersRepository.insert.row
INSERT INTO app_user (organisation_id, email, name, name_latin, name_arabic, roles, language, password_hash, must_change_password)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) RETURNING id

-- UsersRepository.deactivate
SELECT auth.revoke_user_sessions($1)

-- UsersRepository.insertPasswordReset
INSERT INTO password_reset (organisation_id, user_id, token_hash, kind, issued_by, expires_at)
VALUES ($1, $2, $3, 'ISSUED', $4, $5)

-- UsersRepository.setMyLanguage
SELECT app_set_my_language($1)
