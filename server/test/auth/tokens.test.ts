import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { RequestContext } from '../../src/core/tenancy/request-context.js';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { decodeJwt, forgeJwt } from '../support/jwt.js';
import { TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import { signedIn, worldForFile } from '../support/world.js';

const ME = /* GraphQL */ `{ me { id organisation { id } } }`;

/** Two organisations, and a user of the first, signed in. */
async function tokensWorld(t: TestApp) {
  const home = await createOrganisation(t);
  return { home, other: await createOrganisation(t), user: await signedIn(t, home) };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof tokensWorld>>;
worldForFile(tokensWorld, (started) => ({ t, w } = started));

const now = () => Math.floor(Date.now() / 1000);
function claims(overrides: Record<string, unknown> = {}) {
  return { sub: w.user.id, org: w.home.id, iss: 'cirkel', aud: 'cirkel-portal', iat: now(), exp: now() + 600, ...overrides };
}

async function expectRefused(bearer: string) {
  const response = await t.gql(ME, {}, { token: bearer });
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

describe('access tokens', () => {
  it('the issued token is HS256 with issuer, audience, expiry, subject and organisation', () => {
    const { header, payload } = decodeJwt(w.user.token);
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({ sub: w.user.id, org: w.home.id, iss: 'cirkel', aud: 'cirkel-portal' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(t.config.jwt.accessTokenTtlSeconds);
  });

  it('a correctly forged token with the test key is accepted (so the refusals below are about one thing each)', async () => {
    const response = await t.gql<{ me: { id: string } }>(ME, {}, { token: forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims(), TEST_JWT_SECRET) });
    expect(response.data?.me.id).toBe(w.user.id);
  });

  it('refuses alg "none"', async () => {
    await expectRefused(forgeJwt({ alg: 'none', typ: 'JWT' }, claims()));
  });

  it('refuses a token signed with another key', async () => {
    await expectRefused(forgeJwt({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-that-is-also-long-enough-000000'));
  });

  it('refuses another algorithm even when properly signed with the right key (allow-list: HS256 only)', async () => {
    await expectRefused(forgeJwt({ alg: 'HS512', typ: 'JWT' }, claims(), TEST_JWT_SECRET));
  });

  it('refuses an expired token, and says the session ended', async () => {
    const response = await t.gql(ME, {}, { token: forgeJwt({ alg: 'HS256' }, claims({ iat: now() - 1000, exp: now() - 10 }), TEST_JWT_SECRET) });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Your session has ended. Please log in again.');
  });

  it('refuses a wrong audience and a wrong issuer', async () => {
    await expectRefused(forgeJwt({ alg: 'HS256' }, claims({ aud: 'someone-else' }), TEST_JWT_SECRET));
    await expectRefused(forgeJwt({ alg: 'HS256' }, claims({ iss: 'someone-else' }), TEST_JWT_SECRET));
  });

  it('refuses the real token with its organisation claim changed', async () => {
    const [header, , signature] = w.user.token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...decodeJwt(w.user.token).payload, org: w.other.id })).toString('base64url');
    await expectRefused(`${header}.${payload}.${signature}`);
  });

  it('refuses a validly signed token whose organisation is not the user’s (RLS finds no such user)', async () => {
    await expectRefused(forgeJwt({ alg: 'HS256' }, claims({ org: w.other.id }), TEST_JWT_SECRET));
  });

  it('refuses a token without subject or with a malformed one', async () => {
    await expectRefused(forgeJwt({ alg: 'HS256' }, claims({ sub: undefined }), TEST_JWT_SECRET));
    await expectRefused(forgeJwt({ alg: 'HS256' }, claims({ sub: "x' OR 1=1 --" }), TEST_JWT_SECRET));
  });

  it('refuses the token of a user who has since been deactivated', async () => {
    const leaver = await createUser(t, w.home);
    const session = await login(t, leaver);
    await t.owner('UPDATE app_user SET active = false, deactivated_at = now() WHERE id = $1', [leaver.id]);
    await expectRefused(session.token);
  });

  it('refuses a garbage Authorization header without breaking public operations', async () => {
    await expectRefused('not-a-jwt');
    const response = await t.gql('mutation { logout }', {}, { token: 'not-a-jwt' });
    expect(response.data).toEqual({ logout: true });
  });
});

describe('the request transaction', () => {
  // begin() writes the token's two ids into the text of its first statement (START TRANSACTION and
  // app_enter_request in one round trip). The strategy refuses malformed ids before that; this is
  // the second lock, on the request context itself, should a claim ever arrive another way.
  const contextWith = (claims: { sub: string; org: string }) => {
    const req = { id: 'test', header: () => undefined } as unknown as Request;
    const res = { once: () => undefined, locals: {} } as unknown as Response;
    const context = new RequestContext(req, res);
    context.claims = claims;
    return context;
  };

  it('never writes an id that is not a UUID into SQL: the request stays anonymous, and nothing fails', async () => {
    const context = contextWith({ sub: "x'); SELECT pg_sleep(5); --", org: w.home.id });
    await context.begin(t.database.app);
    try {
      expect(context.isAuthenticated).toBe(false);
      expect(context.authFailure).toBe('invalid');
      expect(await context.db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await context.finish(false);
    }
  });

  it('with well-formed ids, signs the user in within the same transaction', async () => {
    const context = contextWith({ sub: w.user.id, org: w.home.id });
    await context.begin(t.database.app);
    try {
      expect(context.actor.userId).toBe(w.user.id);
      const [tenant] = await context.db.query("SELECT current_setting('app.organisation_id') AS org");
      expect(tenant.org).toBe(w.home.id);
    } finally {
      await context.finish(false);
    }
  });
});
