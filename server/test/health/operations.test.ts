import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login, type TestUser } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  user = await createUser(t, await createOrganisation(t));
});
afterAll(async () => t?.close());

describe('operations', () => {
  it('GET /health answers while the process lives', async () => {
    const response = await request(t.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 when the database answers, 503 when it does not', async () => {
    expect((await request(t.app.getHttpServer()).get('/ready')).status).toBe(200);
    const other = await startTestApp();
    await other.database.app.destroy();
    const response = await request(other.app.getHttpServer()).get('/ready');
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.body)).not.toMatch(/ECONN|pool|Error:/);
    await other.app.close();
    await other.database.close();
  });

  it('gives every response a request id, keeps a sane one from the caller, and logs one JSON line per request with it', async () => {
    const own = await request(t.app.getHttpServer()).get('/health').set('X-Request-Id', 'trace-1234-abcd');
    expect(own.headers['x-request-id']).toBe('trace-1234-abcd');
    const hostile = await request(t.app.getHttpServer()).get('/health').set('X-Request-Id', 'bad id {"level":"error"}');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const line = t.logs.find((l) => l.msg === 'request' && l.requestId === 'trace-1234-abcd');
    expect(line).toMatchObject({ level: 'info', method: 'GET', path: '/health', status: 200 });
    expect(typeof line?.time).toBe('string');
  });

  it('never logs passwords or tokens', async () => {
    const session = await login(t, user);
    await t.gql('{ me { id } }', {}, { token: session.token, cookie: session.cookie });
    await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: session.cookie });
    await t.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: user.email, password: 'wrong-password-123' } });
    const everything = JSON.stringify(t.logs);
    expect(t.logs.length).toBeGreaterThan(3);
    for (const secret of [user.password, 'wrong-password-123', session.token, session.cookie.split('=')[1]!]) {
      expect(everything).not.toContain(secret);
    }
    // The authenticated request's line says who, not with what.
    expect(t.logs.some((l) => l.msg === 'request' && l.userId === user.id && l.operation === 'query')).toBe(true);
  });

  it('sends conservative security headers', async () => {
    const response = await request(t.app.getHttpServer()).get('/health');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a GraphQL request that could be a cross-site form post (CSRF prevention)', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: 'mutation { logout }' }));
    expect(response.status).toBe(400);
  });
});
