import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login, LOGIN, refreshCookieOf } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { signedIn, worldForFile } from '../support/world.js';

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email mustChangePassword } }';
const FIRST = 'mutation($input: SetFirstPasswordInput!) { setMyFirstPassword(input: $input) }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }';
const LINK = 'mutation($userId: ID!) { createPasswordResetLink(userId: $userId) { url expiresAt } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const ME = '{ me { id mustChangePassword } }';
const CASES = '{ cases(first: 1) { totalCount } }';

async function world(t: TestApp) {
  const city = await createOrganisation(t, { kind: 'CITY' });
  const other = await createOrganisation(t, { kind: 'CITY' });
  return {
    city,
    other,
    coordinator: await signedIn(t, city, { roles: ['COORDINATOR'] }),
    otherCoordinator: await signedIn(t, other, { roles: ['COORDINATOR'] }),
    caseworker: await signedIn(t, city, { roles: ['CASEWORKER'] }),
  };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof world>>;
worldForFile(world, (started) => ({ t, w } = started));

/** A person the coordinator adds through the API, with a temporary password, signed in with it. */
async function addedByCoordinator() {
  const email = `new-${randomUUID().slice(0, 8)}@test.example`;
  const temporary = 'temporary from the coordinator';
  const created = await t.gql<{ createUser: { id: string; mustChangePassword: boolean } }>(
    CREATE,
    { input: { email, name: 'Nadia Newcomer', roles: ['CASEWORKER'], language: 'en', password: temporary } },
    { token: w.coordinator.token },
  );
  expect(created.data?.createUser.mustChangePassword).toBe(true);
  const loggedIn = await t.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: temporary } });
  return {
    id: created.data!.createUser.id,
    email,
    temporary,
    token: loggedIn.data!.login.accessToken,
    cookie: refreshCookieOf(loggedIn.setCookie),
  };
}

describe('first login of someone a coordinator added', () => {
  it('opens nothing but choosing a password until they have chosen one', async () => {
    const person = await addedByCoordinator();
    expect((await t.gql(ME, {}, { token: person.token })).data).toEqual({ me: { id: person.id, mustChangePassword: true } });
    const gated = await t.gql(CASES, {}, { token: person.token });
    expect(gated.errors?.[0]).toMatchObject({
      extensions: { code: 'PASSWORD_CHANGE_REQUIRED' },
      message: 'You signed in with a temporary password. Choose your own password before you continue.',
    });
    // REST too: an attachment download is refused the same way, before anything is looked up.
    const download = await request(t.app.getHttpServer()).get(`/attachments/${randomUUID()}`).set('Authorization', `Bearer ${person.token}`);
    expect(download.body).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

    const common = await t.gql(FIRST, { input: { newPassword: '123456789012' } }, { token: person.token });
    expect(common.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await t.gql(FIRST, { input: { newPassword: 'my very own passphrase' } }, person)).data).toEqual({ setMyFirstPassword: true });

    expect((await t.gql(ME, {}, { token: person.token })).data).toEqual({ me: { id: person.id, mustChangePassword: false } });
    expect((await t.gql(CASES, {}, { token: person.token })).errors).toBeUndefined();
    await expect(login(t, { email: person.email, password: person.temporary })).rejects.toThrow(/INVALID_CREDENTIALS/);
    await expect(login(t, { email: person.email, password: 'my very own passphrase' })).resolves.toHaveProperty('token');
    // Once only: afterwards the password is changed knowing the current one.
    const again = await t.gql(FIRST, { input: { newPassword: 'yet another passphrase' } }, { token: person.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('changing the password with the current (temporary) one lifts the requirement too', async () => {
    const person = await addedByCoordinator();
    const changed = await t.gql(CHANGE, { input: { currentPassword: person.temporary, newPassword: 'my very own passphrase' } }, { token: person.token });
    expect(changed.data).toEqual({ changeMyPassword: true });
    expect((await t.gql(CASES, {}, { token: person.token })).errors).toBeUndefined();
  });

  it('row-level security insists: a coordinator cannot add someone whose password would stay theirs', async () => {
    const outcome = await t.asAppRole({ organisationId: w.city.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, (sql) =>
      sql.attempt(
        `INSERT INTO app_user (organisation_id, email, name, roles, language, password_hash, must_change_password)
         VALUES ($1, 'kept@test.example', 'Kept', '{CASEWORKER}', 'en', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA', false)`,
        [w.city.id],
      ),
    );
    expect(outcome).toBe('42501');
  });
});

describe('changing one’s password', () => {
  it('holds the new password to the rules', async () => {
    const person = await createUser(t, w.city, { name: 'Bertil Andersson' });
    const session = await login(t, person);
    const attempt = (newPassword: string) => t.gql(CHANGE, { input: { currentPassword: person.password, newPassword } }, { token: session.token });
    expect((await attempt('qwertyuiop123')).errors?.[0]?.message).toContain('too easy to guess');
    expect((await attempt('bertil the best of all')).errors?.[0]?.message).toContain('must not contain your name');
    expect((await attempt(`${person.email.split('@')[0]} is me`)).errors?.[0]?.message).toContain('must not contain your name');
    expect((await attempt(person.password)).errors?.[0]?.message).toContain('must differ from the current one');
    expect((await attempt('zzzzzzzzzzzzzz')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('reset links issued by a coordinator', () => {
  it('are shown once, stored as a hash, valid for 24 hours, audited, and work once', async () => {
    const colleague = await createUser(t, w.city);
    const session = await login(t, colleague);
    const issued = await t.gql<{ createPasswordResetLink: { url: string; expiresAt: string } }>(LINK, { userId: colleague.id }, { token: w.coordinator.token });
    const link = issued.data!.createPasswordResetLink;
    expect(link.url).toMatch(new RegExp(`^${t.config.publicUrl}/reset-password#token=[A-Za-z0-9_-]{43}$`));
    const hours = (new Date(link.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const token = link.url.split('#token=')[1]!;
    const [stored] = await t.owner<{ token_hash: Buffer; kind: string; issued_by: string }>('SELECT token_hash, kind, issued_by FROM password_reset WHERE user_id = $1', [colleague.id]);
    expect(stored).toMatchObject({ kind: 'ISSUED', issued_by: w.coordinator.id });
    expect(stored!.token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);
    const [audit] = await t.owner<{ actor_user_id: string }>(`SELECT actor_user_id FROM audit_event WHERE action = 'user.password_reset_issued' AND entity_id = $1`, [colleague.id]);
    expect(audit?.actor_user_id).toBe(w.coordinator.id);

    expect((await t.gql(RESET, { input: { token, newPassword: 'granite lantern orchard' } })).data).toEqual({ resetPassword: true });
    expect((await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: session.cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(login(t, { email: colleague.email, password: 'granite lantern orchard' })).resolves.toHaveProperty('token');
    expect((await t.gql(RESET, { input: { token, newPassword: 'a second go at it' } })).errors?.[0]?.extensions?.code).toBe('RESET_LINK_INVALID');
  });

  it('are not for another organisation’s people: answered as for an id that does not exist', async () => {
    const stranger = await createUser(t, w.other);
    const refused = await t.gql(LINK, { userId: stranger.id }, { token: w.coordinator.token });
    const missing = await t.gql(LINK, { userId: randomUUID() }, { token: w.coordinator.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const [{ n }] = await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1', [stranger.id]);
    expect(n).toBe(0);
  });

  it('row-level security refuses a link for another organisation, or issued by anyone but a coordinator', async () => {
    const stranger = await createUser(t, w.other);
    const hash = createHash('sha256').update(randomUUID()).digest();
    const insert = `INSERT INTO password_reset (organisation_id, user_id, token_hash, kind, issued_by, expires_at)
                    VALUES ($1, $2, $3, 'ISSUED', $4, now() + interval '1 hour')`;
    await t.asAppRole({ organisationId: w.city.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, async (sql) => {
      expect(await sql.attempt(insert, [w.other.id, stranger.id, hash, w.coordinator.id])).toBe('42501');
      // Claiming one's own organisation for another's person: the person is not there.
      expect(await sql.attempt(insert, [w.city.id, stranger.id, hash, w.coordinator.id])).toBe('23503');
      // The hash is never readable.
      expect(await sql.attempt('SELECT token_hash FROM password_reset')).toBe('42501');
    });
    await t.asAppRole({ organisationId: w.city.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, async (sql) => {
      expect(await sql.attempt(insert, [w.city.id, w.coordinator.id, hash, w.caseworker.id])).toBe('42501');
    });
  });

  it('only coordinators issue them, and never for themselves', async () => {
    const colleague = await createUser(t, w.city);
    expect((await t.gql(LINK, { userId: colleague.id }, { token: w.caseworker.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const self = await t.gql(LINK, { userId: w.coordinator.id }, { token: w.coordinator.token });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
  });
});
