import { PinoLogger } from 'nestjs-pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, lineFormat, LOGGER, type AppLogger } from '../../src/core/logging/logger.js';
import { createOrganisation, createUser, login, type TestUser } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Line = Record<string, unknown>;

function capture(level: 'debug' | 'info' | 'warn' | 'silent' = 'debug', format?: 'json' | 'pretty') {
  const lines: string[] = [];
  const logger = createLogger({ level, format, sink: (line) => lines.push(line) });
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Line) };
}

describe('the logger', () => {
  it('writes one JSON object per line: the level as a word, the time in ISO 8601, the message and the fields', () => {
    const { logger, parsed } = capture('info');
    logger.info('ready', { port: 3000 });
    logger.warning('careful');
    logger.failure('broken', { error: new Error('deliberate') });
    logger.debug('not at info');
    const [ready, careful, broken] = parsed();
    expect(parsed()).toHaveLength(3);
    expect(ready).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), msg: 'ready', port: 3000 });
    expect(careful).toMatchObject({ level: 'warn', msg: 'careful' });
    expect(broken).toMatchObject({ level: 'error', msg: 'broken', error: { message: 'deliberate', stack: expect.stringContaining('deliberate') } });
  });

  it('shows an error’s type, message, stack, code and cause, and none of the data it may carry', () => {
    const { logger, parsed } = capture();
    const cause = Object.assign(new Error('connection reset'), { code: 'ECONNRESET' });
    const error = Object.assign(new Error('duplicate key value violates unique constraint "app_user_organisation_email_key"', { cause }), {
      code: '23505',
      detail: 'Key (organisation_id, email)=(…, anna@test.example) already exists.',
    });
    logger.failure('insert failed', { error });
    const [line] = parsed();
    expect(line!.error).toEqual({
      type: 'Error',
      message: error.message,
      stack: error.stack,
      code: '23505',
      cause: { type: 'Error', message: 'connection reset', stack: cause.stack, code: 'ECONNRESET' },
    });
    expect(JSON.stringify(line)).not.toContain('anna@test.example');
  });

  it('logs nothing below its level, and nothing at all when silent', () => {
    const warn = capture('warn');
    warn.logger.info('quiet');
    warn.logger.warning('loud');
    expect(warn.parsed().map((line) => line.msg)).toEqual(['loud']);
    const silent = capture('silent');
    silent.logger.failure('never');
    expect(silent.lines).toEqual([]);
  });

  it('redacts passwords, tokens, cookies and authorization headers by path, and keeps everything else', () => {
    const { logger, lines } = capture();
    const secrets = ['pw-top', 'pw-input', 'pw-current', 'pw-new', 'jwt-access', 'jwt-refresh', 'bearer-x', 'cookie-x', 'set-cookie-x', 'hash-x', 'secret-x'];
    logger.info('everything a careless line could carry', {
      password: 'pw-top',
      input: { email: 'someone@test.example', password: 'pw-input' },
      variables: { input: { currentPassword: 'pw-current', newPassword: 'pw-new' } },
      data: { login: { accessToken: 'jwt-access' } },
      refreshToken: 'jwt-refresh',
      req: { method: 'POST', headers: { authorization: 'Bearer bearer-x', cookie: 'cirkel_refresh=cookie-x', 'user-agent': 'test' } },
      res: { headers: { 'set-cookie': ['cirkel_refresh=set-cookie-x; HttpOnly'] } },
      users: [{ name: 'A', passwordHash: 'hash-x' }],
      config: { jwtSecret: 'secret-x' },
    });
    const line = lines.join('\n');
    for (const secret of secrets) expect(line).not.toContain(secret);
    expect(line).toContain('someone@test.example');
    expect(line).toContain('"user-agent":"test"');
    expect(line.match(/\[redacted\]/g)).toHaveLength(secrets.length);
  });

  it('prints readable lines for a person at a terminal in development, JSON lines everywhere else', () => {
    expect(lineFormat('development', true)).toBe('pretty');
    expect(lineFormat('development', false)).toBe('json');
    expect(lineFormat('production', true)).toBe('json');
    expect(lineFormat('test', true)).toBe('json');
    const { logger, lines } = capture('info', 'pretty');
    logger.info('ready', { port: 3000, password: 'pw-pretty' });
    const text = lines.join('\n');
    expect(text).toMatch(/INFO.*ready/);
    expect(text).toMatch(/port: 3000/);
    expect(text).not.toContain('pw-pretty');
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });
});

describe('the server’s log', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' });
    user = await createUser(t, await createOrganisation(t));
  });
  afterAll(async () => t?.close());

  it('a login, logged with all it carried, shows neither the password nor the tokens nor the cookie', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email: user.email, password: user.password } } });
    const accessToken = response.body.data.login.accessToken as string;
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const refresh = setCookie.find((cookie) => cookie.startsWith('cirkel_refresh='))!.split(';')[0]!;
    const refreshed = await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: refresh });
    expect(refreshed.errors).toBeUndefined();

    // Everything about that login, as a careless line would log it: through the server's logger…
    const exchange = {
      request: { headers: { authorization: `Bearer ${accessToken}`, cookie: refresh }, body: { variables: { input: { email: user.email, password: user.password } } } },
      response: { headers: { 'set-cookie': setCookie }, body: response.body },
    };
    t.app.get<typeof LOGGER, AppLogger>(LOGGER).debug('login exchange', exchange);
    // …and through nestjs-pino's PinoLogger, as a provider that injects it would.
    (await t.app.resolve(PinoLogger)).debug(exchange, 'login exchange (PinoLogger)');

    const everything = JSON.stringify(t.logs);
    expect(t.logs.filter((line) => String(line.msg).startsWith('login exchange'))).toHaveLength(2);
    expect(everything).toContain(user.email);
    for (const secret of [user.password, accessToken, refresh.split('=')[1]!, ...setCookie]) expect(everything).not.toContain(secret);
  });

  it('gives each request an id (the caller’s when sane), echoes it, and puts it on the request’s line and on every line logged while serving it', async () => {
    const session = await login(t, user);
    const own = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('X-Request-Id', 'trace-logging-0001')
      .set('Authorization', `Bearer ${session.token}`)
      .send({ query: '{ users { totalCount } }' });
    expect(own.headers['x-request-id']).toBe('trace-logging-0001');
    const during = t.logs.filter((line) => line.requestId === 'trace-logging-0001');
    expect(during.map((line) => line.msg)).toEqual(expect.arrayContaining(['request refused', 'request']));
    const line = during.find((l) => l.msg === 'request')!;
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, userId: user.id, organisationId: user.organisationId });
    expect(typeof line.durationMs).toBe('number');
    // Who asked, never with what: no headers on the line.
    expect(Object.keys(line)).not.toContain('req');
    expect(JSON.stringify(line)).not.toMatch(/authorization|Bearer/i);
    expect(during.find((l) => l.msg === 'request refused')).toMatchObject({ level: 'info', code: 'FORBIDDEN', userId: user.id });

    const generated = await request(t.app.getHttpServer()).get('/health').set('X-Request-Id', 'no good {"id"}');
    const id = generated.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(t.logs.find((l) => l.msg === 'request' && l.requestId === id)).toMatchObject({ method: 'GET', path: '/health', status: 200 });
  });
});
