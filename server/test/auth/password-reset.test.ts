import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login, type TestUser } from '../support/fixtures.js';
import { inbox, resetTokenIn, waitForMail } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worldForFile } from '../support/world.js';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const REFRESH = 'mutation { refreshSession { accessToken } }';

async function resetWorld(t: TestApp) {
  return { city: await createOrganisation(t, { kind: 'CITY' }) };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof resetWorld>>;
worldForFile(resetWorld, (started) => ({ t, w } = started));

/** Asks for a link for `person` and reads it from the catcher's inbox (a real SMTP delivery). */
async function emailedToken(person: TestUser): Promise<string> {
  const asked = await t.gql(REQUEST, { input: { email: person.email } });
  expect(asked.data).toEqual({ requestPasswordReset: true });
  const [mail] = await waitForMail(t, person.email);
  expect(mail, 'no e-mail arrived').toBeDefined();
  return resetTokenIn(mail!.text);
}

describe('reset by e-mail', () => {
  it('sends a link in the person’s language; the link sets a new password once and ends every session', async () => {
    const person = await createUser(t, w.city, { language: 'sv', name: 'Siv Svensson' });
    const session = await login(t, person);
    const asked = await t.gql(REQUEST, { input: { email: `  ${person.email.toUpperCase()} ` } });
    expect(asked).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    const [mail, ...more] = await waitForMail(t, person.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Återställ ditt lösenord i Cirkel');
    expect(mail!.text).toContain('Hej Siv Svensson');
    expect(mail!.text).toContain(`${t.config.publicUrl}/reset-password#token=`);
    const token = resetTokenIn(mail!.text);

    // Only the token's SHA-256 is stored, with an expiry one hour ahead.
    const [stored] = await t.owner<{ token_hash: Buffer; kind: string; hours: number }>(
      `SELECT token_hash, kind, round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM password_reset WHERE user_id = $1`,
      [person.id],
    );
    expect(stored).toMatchObject({ kind: 'EMAIL', hours: 1 });
    expect(stored!.token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);

    const reset = await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } });
    expect(reset.data).toEqual({ resetPassword: true });
    await expect(login(t, person)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await expect(login(t, { email: person.email, password: 'granite lantern orchard' })).resolves.toHaveProperty('token');
    // The session from before the reset is over.
    expect((await t.gql(REFRESH, {}, { cookie: session.cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Used once.
    const again = await t.gql(RESET, { input: { token, newPassword: 'another fine passphrase' } }, { language: 'sv' });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'RESET_LINK_INVALID' },
      message: 'Länken för att återställa lösenordet har gått ut eller redan använts. Be om en ny.',
    });
    const audited = await t.owner<{ action: string }>(`SELECT action FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [person.id]);
    expect(audited.map((e) => e.action)).toEqual(expect.arrayContaining(['user.password_reset_requested', 'user.password_reset_completed']));
  });

  it('greets the person in the script of their language: a name written in Arabic by its Latin spelling for an English reader', async () => {
    const english = await createUser(t, w.city, { language: 'en', name: 'ليلى الراوي' });
    const arabic = await createUser(t, w.city, { language: 'ar', name: 'أحمد الكبيسي' });
    await t.owner("UPDATE app_user SET name_latin = 'Layla Al-Rawi' WHERE id = $1", [english.id]);
    await t.owner("UPDATE app_user SET name_latin = 'Ahmed Al-Kubaisi' WHERE id = $1", [arabic.id]);
    await t.gql(REQUEST, { input: { email: english.email } });
    await t.gql(REQUEST, { input: { email: arabic.email } });
    const [toEnglish] = await waitForMail(t, english.email);
    expect(toEnglish!.text).toContain('Hello Layla Al-Rawi,');
    const [toArabic] = await waitForMail(t, arabic.email);
    expect(toArabic!.text).toContain('أحمد الكبيسي');
    expect(toArabic!.text).not.toContain('Ahmed');
  });

  it('answers an unknown address exactly as a known one, and writes to nobody', async () => {
    const known = await createUser(t, w.city);
    const unknown = `nobody-${known.id.slice(0, 8)}@test.example`;
    const forKnown = await t.gql(REQUEST, { input: { email: known.email } });
    const forUnknown = await t.gql(REQUEST, { input: { email: unknown } });
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.data).toEqual(forKnown.data);
    expect(forUnknown.errors).toEqual(forKnown.errors);
    await waitForMail(t, known.email);
    expect(await inbox(t, unknown)).toEqual([]);
  });

  it('a flood of requests for one address sends one e-mail, and every request is answered', async () => {
    const person = await createUser(t, w.city);
    const answers = await Promise.all(Array.from({ length: 60 }, () => t.gql(REQUEST, { input: { email: person.email } })));
    expect(answers.every((answer) => answer.data?.requestPasswordReset === true)).toBe(true);
    await waitForMail(t, person.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await inbox(t, person.email)).toHaveLength(1);
    const [{ n }] = await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1', [person.id]);
    expect(n).toBe(1);
  });

  it('three hundred at once (more than the admission queue), for one address: each answered at once (sent, or BUSY beyond the queue), one e-mail, and the portal keeps serving', async () => {
    const person = await createUser(t, w.city);
    const colleague = await login(t, await createUser(t, w.city));
    const started = Date.now();
    const flood = Promise.all(Array.from({ length: 300 }, () => t.gql(REQUEST, { input: { email: person.email } })));
    const meanwhile = await t.gql('{ me { id } }', {}, { token: colleague.token });
    expect(meanwhile.errors).toBeUndefined();
    const codes = (await flood).map((answer) => (answer.data?.requestPasswordReset ? 'OK' : String(answer.errors?.[0]?.extensions?.code)));
    const seconds = (Date.now() - started) / 1000;
    expect(new Set(codes)).toEqual(new Set(codes.includes('BUSY') ? ['OK', 'BUSY'] : ['OK']));
    expect(codes.filter((code) => code === 'OK').length).toBeGreaterThanOrEqual(200);
    expect(seconds).toBeLessThan(60);
    await waitForMail(t, person.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await inbox(t, person.email)).toHaveLength(1);
  }, 120_000);

  it('refuses an expired link', async () => {
    const person = await createUser(t, w.city);
    const token = await emailedToken(person);
    await t.owner(`UPDATE password_reset SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE user_id = $1`, [person.id]);
    const reset = await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } });
    expect(reset.errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
    await expect(login(t, person)).resolves.toHaveProperty('token');
  });

  it('refuses a link of a deactivated person, and a token nobody issued', async () => {
    const person = await createUser(t, w.city);
    const token = await emailedToken(person);
    await t.owner('UPDATE app_user SET active = false, deactivated_at = now() WHERE id = $1', [person.id]);
    expect((await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } })).errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
    const made = 'A'.repeat(43);
    expect((await t.gql(RESET, { input: { token: made, newPassword: 'granite lantern orchard' } })).errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
  });

  it('holds a new password to the rules; a refused one leaves the link usable', async () => {
    const person = await createUser(t, w.city, { name: 'Ingrid Bergström' });
    const token = await emailedToken(person);
    const common = await t.gql(RESET, { input: { token, newPassword: 'Password1234' } }, { language: 'en' });
    expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(common.errors?.[0]?.message).toContain('too easy to guess');
    const personal = await t.gql(RESET, { input: { token, newPassword: 'ingrid loves the sea' } });
    expect(personal.errors?.[0]?.message).toContain('must not contain your name or e-mail address');
    const short = await t.gql(RESET, { input: { token, newPassword: 'short one' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } })).data).toEqual({ resetPassword: true });
  });

  it('lifts a lock-out of the address', async () => {
    const person = await createUser(t, w.city);
    for (let i = 0; i < 5; i += 1) await t.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: person.email, password: `guess ${i}` } });
    await expect(login(t, person)).rejects.toThrow(/ACCOUNT_LOCKED/);
    const token = await emailedToken(person);
    expect((await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } })).data).toEqual({ resetPassword: true });
    await expect(login(t, { email: person.email, password: 'granite lantern orchard' })).resolves.toHaveProperty('token');
  });

  it('says whether e-mail reset is available', async () => {
    expect((await t.gql('{ passwordResetByEmailAvailable }')).data).toEqual({ passwordResetByEmailAvailable: true });
  });
});

describe('production without SMTP_URL', () => {
  it('starts, says in one line that e-mail is off, and refuses reset by e-mail with a clear code', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' }, { sameDatabaseAs: t });
    try {
      const off = production.logs.filter((line) => String(line.msg).includes('e-mail is off'));
      expect(off).toHaveLength(1);
      expect((await production.gql('{ passwordResetByEmailAvailable }')).data).toEqual({ passwordResetByEmailAvailable: false });
      const person = await createUser(t, w.city);
      const refused = await production.gql(REQUEST, { input: { email: person.email } }, { language: 'bs' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('EMAIL_RESET_DISABLED');
      expect(refused.errors?.[0]?.message).toContain('ne šalje e-poštu');
      const [{ n }] = await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1', [person.id]);
      expect(n).toBe(0);
    } finally {
      await production.close();
    }
  });
});
