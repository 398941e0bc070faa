import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, LOGIN, login, refreshCookieOf, type TestOrganisation } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { worldForFile } from '../support/world.js';

const REFRESH = /* GraphQL */ `mutation { refreshSession { accessToken user { id } } }`;
const LOGOUT = /* GraphQL */ `mutation { logout }`;
const ME = /* GraphQL */ `{ me { id email } }`;

let t: TestApp;
let organisation: TestOrganisation;

worldForFile(createOrganisation, (started) => ({ t, w: organisation } = started));

const attempt = (email: string, password: string, language = 'en') =>
  t.gql(LOGIN, { input: { email, password } }, { language });

/** The lock-out record of an address (one per address, known or not). */
async function throttleOf(email: string) {
  const [row] = await t.owner<{ failed_count: number; locked_until: Date | null }>(
    `SELECT failed_count, locked_until FROM login_throttle WHERE email_hash = sha256(convert_to($1, 'UTF8'))`,
    [email],
  );
  return row;
}

/** As if the lock-out had run its time. */
async function endLock(email: string) {
  await t.owner(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE email_hash = sha256(convert_to($1, 'UTF8'))`, [email]);
}

describe('login', () => {
  it('succeeds with the right password: a signed access token that works, and an httpOnly refresh cookie', async () => {
    const user = await createUser(t, organisation);
    const response = await attempt(user.email, user.password);
    expect(response.errors).toBeUndefined();
    const payload = response.data!.login as { accessToken: string; user: { id: string; organisation: { id: string } } };
    expect(payload.user.id).toBe(user.id);
    expect(payload.user.organisation.id).toBe(organisation.id);
    expect(payload.accessToken.split('.')).toHaveLength(3);

    const cookie = response.setCookie.find((c) => c.startsWith('cirkel_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/i);

    const me = await t.gql<{ me: { id: string } }>(ME, {}, { token: payload.accessToken });
    expect(me.data?.me.id).toBe(user.id);
  });

  it('accepts the address in any case and with surrounding spaces', async () => {
    const user = await createUser(t, organisation);
    const response = await attempt(`  ${user.email.toUpperCase()} `, user.password);
    expect(response.errors).toBeUndefined();
  });

  it('refuses a wrong password and an unknown address with exactly the same answer', async () => {
    const user = await createUser(t, organisation);
    const wrong = await attempt(user.email, 'not the password');
    const unknown = await attempt('nobody-here@test.example', 'not the password');
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const strip = (r: typeof wrong) => ({ status: r.status, errors: r.errors, data: r.data, cookies: r.setCookie.length });
    expect(strip(unknown)).toEqual(strip(wrong));
  });

  it('answers in the language of the browser before anyone is known', async () => {
    const response = await attempt('nobody-at-all@test.example', 'x', 'sv-SE,sv;q=0.9');
    expect(response.errors?.[0]?.message).toBe('E-postadressen eller lösenordet är fel.');
  });

  it('refuses a deactivated account with the same answer as a wrong password', async () => {
    const user = await createUser(t, organisation, { active: false });
    const response = await attempt(user.email, user.password);
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after 5 failures in a row, even for the right password, for a growing time', async () => {
    const user = await createUser(t, organisation);
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push(String((await attempt(user.email, `wrong ${i}`)).errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);

    const locked = await attempt(user.email, user.password);
    expect(locked.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    const firstWait = Number(locked.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(60);
    expect(locked.setCookie).toEqual([]);

    // The lock ends; the next failure locks again, for longer (2 minutes).
    await endLock(user.email);
    const again = await attempt(user.email, 'wrong again');
    expect(again.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(Number(again.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(60);

    // After the lock, the right password works and the count starts over.
    await endLock(user.email);
    expect((await attempt(user.email, user.password)).errors).toBeUndefined();
    expect(await throttleOf(user.email)).toEqual({ failed_count: 0, locked_until: null });
  });

  it('counts each attempt before comparing, so twenty guesses at once still get only five comparisons', async () => {
    const user = await createUser(t, organisation);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(user.email, `guess ${i}`)));
    const codes = answers.map((a) => String(a.errors?.[0]?.extensions?.code));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(4);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(16);
    expect((await throttleOf(user.email))?.failed_count).toBe(5);
    const failures = await t.owner(`SELECT 1 FROM audit_event WHERE action = 'auth.login_failed' AND entity_id = $1`, [user.id]);
    expect(failures).toHaveLength(5);
    // The right password, sent now, is refused like any other guess during the lock.
    expect((await attempt(user.email, user.password)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
  });

  it('locks an unknown address exactly like a known one, so the lock reveals nothing', async () => {
    const user = await createUser(t, organisation);
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 6; i += 1) {
      known.push((await attempt(user.email, 'wrong')).errors?.[0]?.message);
      unknown.push((await attempt('never-registered@test.example', 'wrong')).errors?.[0]?.message);
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatch(/Too many failed attempts/);
  });

  it('explains the lock in Swedish with the right plural', async () => {
    const user = await createUser(t, organisation);
    for (let i = 0; i < 5; i += 1) await attempt(user.email, 'wrong');
    const response = await attempt(user.email, 'wrong', 'sv');
    expect(response.errors?.[0]?.message).toBe('För många misslyckade försök. Försök igen om 1 minut.');
  });
});

describe('refresh tokens', () => {
  it('rotate on every use: the new cookie works, the old one is spent', async () => {
    const user = await createUser(t, organisation);
    const { cookie } = await login(t, user);
    const first = await t.gql<{ refreshSession: { accessToken: string; user: { id: string } } }>(REFRESH, {}, { cookie });
    expect(first.errors).toBeUndefined();
    expect(first.data?.refreshSession.user.id).toBe(user.id);
    const rotated = refreshCookieOf(first.setCookie);
    expect(rotated).not.toBe(cookie);

    const second = await t.gql(REFRESH, {}, { cookie: rotated });
    expect(second.errors).toBeUndefined();

    const stored = await t.owner<{ token_hash: Buffer }>('SELECT token_hash FROM refresh_token WHERE user_id = $1', [user.id]);
    // Only hashes are stored, never the token itself.
    const tokens = [cookie, rotated].map((c) => c.split('=')[1]!);
    expect(stored.map((s) => s.token_hash.toString('base64url'))).not.toContain(tokens[0]);
    expect(stored).toHaveLength(3);
  });

  it('revokes the whole family when a rotated token is used again', async () => {
    const user = await createUser(t, organisation);
    const { cookie } = await login(t, user);
    const first = await t.gql(REFRESH, {}, { cookie });
    const current = refreshCookieOf(first.setCookie);

    const replay = await t.gql(REFRESH, {}, { cookie });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The legitimate holder's newer token is now dead too.
    const afterTheft = await t.gql(REFRESH, {}, { cookie: current });
    expect(afterTheft.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const live = await t.owner('SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
    expect(live).toHaveLength(0);
  });

  it('keeps other sessions of the same person alive when one family is revoked', async () => {
    const user = await createUser(t, organisation);
    const laptop = await login(t, user);
    const phone = await login(t, user);
    await t.gql(REFRESH, {}, { cookie: laptop.cookie });
    await t.gql(REFRESH, {}, { cookie: laptop.cookie }); // reuse: laptop family revoked
    expect((await t.gql(REFRESH, {}, { cookie: phone.cookie })).errors).toBeUndefined();
  });

  it('refuses an expired refresh token and one that was never issued', async () => {
    const user = await createUser(t, organisation);
    const { cookie } = await login(t, user);
    await t.owner(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await t.gql(REFRESH, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, {}, { cookie: 'cirkel_refresh=made-up' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const user = await createUser(t, organisation);
    const { cookie } = await login(t, user);
    const out = await t.gql<{ logout: boolean }>(LOGOUT, {}, { cookie });
    expect(out.data?.logout).toBe(true);
    expect(out.setCookie.find((c) => c.startsWith('cirkel_refresh='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await t.gql(REFRESH, {}, { cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
