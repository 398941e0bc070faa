-- The SQL of src/core/auth/auth.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- AuthRepository.loginChallenge
SELECT * FROM auth.login_challenge($1, $2)

-- AuthRepository.passwordChallenge
SELECT c.prefixes, c.locked_until, u.email, u.name FROM app_user u CROSS JOIN LATERAL auth.login_challenge(u.email, $2) AS c WHERE u.id = $1

-- AuthRepository.attemptLogin
SELECT * FROM auth.attempt_login($1, $2, $3, $4, $5)

-- AuthRepository.rotateRefreshToken
SELECT * FROM auth.rotate_refresh_token($1, $2, $3)

-- AuthRepository.revokeRefreshFamily
SELECT auth.revoke_refresh_family($1)

-- AuthRepository.changePassword
SELECT * FROM auth.change_password($1, $2, $3)

-- AuthRepository.setFirstPassword.row
SELECT * FROM auth.set_first_password($1, $2)

-- AuthRepository.requestPasswordReset
SELECT * FROM auth.request_password_reset($1, $2, $3)

-- AuthRepository.passwordResetChallenge
SELECT * FROM auth.password_reset_challenge($1, $2)

-- AuthRepository.completePasswordReset.row
SELECT outcome FROM auth.complete_password_reset($1, $2)
