import { AppError } from '../errors/app-error.js';

/** The shortest password anyone may choose (the input types say the same). */
export const MIN_PASSWORD_LENGTH = 12;

// Passwords of at least 12 characters that lead the public lists of leaked ones, lower-cased
// (what the check compares with). A short list is cheap and catches the worst choices.
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789012345', '1234567890qwerty', '123123123123',
  '111111111111', '000000000000', '121212121212', '123456654321', '123456123456', '147258369147',
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdfgh', 'qwerty123456', 'qwertyqwerty', 'q1w2e3r4t5y6',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'asdfghjkl123', 'asdfasdfasdf', 'zxcvbnm12345',
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password123!', 'password1234!',
  'p@ssw0rd1234', 'p@ssword1234', 'mypassword123', 'iloveyou1234', 'letmein12345', 'welcome12345',
  'welcome123456', 'changeme1234', 'administrator', 'administrator1', 'admin1234567', 'abcdefghijkl',
  'abcdefgh1234', 'abc123abc123', 'abcd1234abcd', 'football1234', 'baseball1234', 'sunshine1234',
  'princess1234', 'trustno1trustno1', 'superman1234', 'starwars1234', 'monkey123456', 'dragon123456',
  'lösenord1234', 'losenord1234', 'lösenordlösenord', 'sommar123456', 'sommaren2024', 'sommaren2025',
  'hösten123456', 'vintern123456', 'sverige12345', 'stockholm123', 'malmö1234567', 'göteborg1234',
  'sifra1234567', 'lozinka12345', 'lozinka123456', 'sarajevo1234', 'qwertzuiop12', 'qwertzuiop123',
  'cirkel123456', 'cirkelcirkel',
]);

/** The parts of a person's address and name that a password may not contain (4 letters or more). */
function personalParts(person: { email: string; name: string }): string[] {
  const local = person.email.split('@')[0] ?? '';
  return [local, ...local.split(/[._+-]+/), ...person.name.split(/\s+/)]
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part.length >= 4);
}

/**
 * The rules for a password someone chooses (length is the input type's, checked first): not one
 * of the commonest, not made of the person's address or name, and not one character repeated.
 * Throws BAD_USER_INPUT on `field` with a key saying which rule.
 */
export function checkNewPassword(password: string, person: { email: string; name: string }, field = 'newPassword'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw AppError.badInput(field, 'validation.tooShort', { limit: MIN_PASSWORD_LENGTH });
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size < 4) throw AppError.badInput(field, 'auth.passwordTooCommon');
  if (personalParts(person).some((part) => lower.includes(part))) throw AppError.badInput(field, 'auth.passwordContainsPersonal');
}
