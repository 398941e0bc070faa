import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createOrganisation, createUser, LOGIN, login, type TestOrganisation, type TestUser } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Nobody can stall the portal by sending session requests at once: a login, refresh or logout
 * never holds one pooled connection while waiting for another, and when no connection is free in
 * time the answer is BUSY, at once and in the caller's language, instead of a hang.
 */
const POOL_SIZE = 2;
let t: TestApp;
let organisation: TestOrganisation;
let person: TestUser;

beforeAll(async () => {
  t = await startTestApp({ DATABASE_POOL_SIZE: String(POOL_SIZE), DATABASE_POOL_TIMEOUT_MS: '3000' });
  organisation = await createOrganisation(t);
  person = await createUser(t, organisation);
});
afterAll(async () => t?.close());

const codeOf = (response: { errors?: Array<{ extensions?: { code?: string } }> }) => response.errors?.[0]?.extensions?.code ?? 'OK';

describe('session requests against a small pool', () => {
  it('six times more logins, refreshes and logouts than connections, at once: each gets its own answer', async () => {
    const sessions = await Promise.all([login(t, person), login(t, person), login(t, person)]);
    const { token } = sessions[0]!;
    const requests = [
      ...Array.from({ length: 4 }, (_, i) => t.gql(LOGIN, { input: { email: `unknown-${i}@test.example`, password: 'whatever it is' } })),
      ...Array.from({ length: 2 }, () => t.gql(LOGIN, { input: { email: person.email, password: 'not the password' } })),
      ...Array.from({ length: 2 }, () => t.gql(LOGIN, { input: { email: person.email, password: person.password } })),
      ...sessions.map((s) => t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: s.cookie })),
      t.gql('mutation { logout }', {}, { cookie: sessions[0]!.cookie }),
      t.gql('{ me { email } }', {}, { token }),
    ];
    const codes = (await Promise.all(requests)).map(codeOf);
    expect(codes.slice(0, 6)).toEqual(Array(6).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(6, 8)).toEqual(['OK', 'OK']);
    // The logout may revoke the first session before or after its refresh: both answers are right.
    expect(['OK', 'UNAUTHENTICATED']).toContain(codes[8]);
    expect(codes.slice(9)).toEqual(['OK', 'OK', 'OK', 'OK']);
  });

  it('a login and anything else in one operation is refused: the login must come alone', async () => {
    const { token } = await login(t, person);
    const mixed = await t.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } setMyLanguage(language: sv) { id } }`,
      { input: { email: person.email, password: person.password } },
      { token },
    );
    expect(codeOf(mixed)).toBe('BAD_REQUEST');
    const twice = await t.gql(
      `mutation($input: LoginInput!) { a: login(input: $input) { accessToken } b: login(input: $input) { accessToken } }`,
      { input: { email: person.email, password: person.password } },
    );
    expect(codeOf(twice)).toBe('BAD_REQUEST');
    expect(twice.errors?.[0]?.message).toBe('Log-in, session and password requests must be sent on their own, not together with other operations.');
  });
});

describe('when every connection is taken', () => {
  it('a request waits at most DATABASE_POOL_TIMEOUT_MS and is answered BUSY in its language, then works again', async () => {
    const { token } = await login(t, person);
    const pool = (t.database.app.driver as unknown as { master: pg.Pool }).master;
    const held = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
    try {
      const [me, anonymousLogin] = await Promise.all([
        t.gql('{ me { email } }', {}, { token, language: 'sv' }),
        t.gql(LOGIN, { input: { email: person.email, password: person.password } }),
      ]);
      expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'BUSY', retryAfterSeconds: 1 });
      expect(me.errors?.[0]?.message).toBe('Portalen är upptagen just nu. Försök igen om en stund.');
      expect(codeOf(anonymousLogin)).toBe('BUSY');
    } finally {
      for (const client of held) client.release();
    }
    const again = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    expect(again.data?.me.email).toBe(person.email);
  });
});
