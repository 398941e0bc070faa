import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/server-i18n.js';
import { graphqlBodyLimit } from '../../src/core/web/graphql-body-limit.js';
import { acceptedCase, supervisionWorld, worldForFile } from '../support/world.js';
import type { ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Every refusal of /graphql — by the HTTP layer, by Apollo before the operation runs, or by the
 * operation — answers in one shape, `{ errors: [{ message, extensions: { code } }] }`, with the
 * message in the caller's language; and none of them is logged as a server error.
 */

let t: TestApp;
let w: ReferralWorld & { supervisionAgreement: string };
worldForFile(supervisionWorld, (started) => ({ t, w } = started), { NODE_ENV: 'production' });

/** A date `years` ahead: far enough to be long-term, within what a due date may be (ten years). */
const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-06-30`;
const http = () => request(t.app.getHttpServer());
/** A POST as our client sends it, in the language of a Swedish browser. */
const post = () => http().post('/graphql').set('Accept-Language', 'sv');
const json = () => post().set('Content-Type', 'application/json');

interface Refusal {
  status: number;
  code: string;
  /** The translation key of the message. */
  key: string;
  language?: string;
  params?: Record<string, string | number>;
}

function expectRefusal(response: request.Response, { status, code, key, language = 'sv', params = {} }: Refusal): Record<string, unknown> {
  expect(response.status, response.text).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.body as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown };
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error!.extensions?.code).toBe(code);
  expect(error!.message).not.toBe(code);
  expect(error!.message).toBe(translate(language as 'sv', key, params));
  // What only the server reads never leaves it.
  expect(error!.extensions).not.toHaveProperty('i18n');
  expect(error!.extensions).not.toHaveProperty('auditSubject');
  return error!.extensions!;
}

describe('refusals before the operation runs', () => {
  it('a persisted-query hash without a document is 400 BAD_REQUEST: persisted queries are off', async () => {
    const hashOnly = await json().send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expectRefusal(hashOnly, { status: 400, code: 'BAD_REQUEST', key: 'transport.queryMissing' });
    const withDocument = await json().send({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(withDocument.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(withDocument.body.errors?.[0]?.message).not.toBe('BAD_REQUEST');
  });

  it('a request a cross-site form could send (CSRF prevention) is 400 BAD_REQUEST, in the browser’s language', async () => {
    const form = await post().set('Content-Type', 'text/plain').send(JSON.stringify({ query: 'mutation { logout }' }));
    expectRefusal(form, { status: 400, code: 'BAD_REQUEST', key: 'transport.csrf' });
    const get = await http().get('/graphql').query({ query: '{ __typename }' }).set('Accept-Language', 'sv');
    expectRefusal(get, { status: 400, code: 'BAD_REQUEST', key: 'transport.csrf' });
  });

  it('a batch (a list of operations) is 400 BAD_REQUEST', async () => {
    const batch = await json().send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expectRefusal(batch, { status: 400, code: 'BAD_REQUEST', key: 'transport.batchNotSupported' });
  });

  it('a body without a query is 400 BAD_REQUEST', async () => {
    for (const body of [{}, { variables: {} }, { query: '' }, { query: 42 }]) {
      expectRefusal(await json().send(body), { status: 400, code: 'BAD_REQUEST', key: 'transport.queryMissing' });
    }
  });

  it('variables that are not an object are 400 BAD_REQUEST', async () => {
    for (const variables of [[1], '{"id":"x"}', 7]) {
      expectRefusal(await json().send({ query: '{ __typename }', variables }), { status: 400, code: 'BAD_REQUEST', key: 'transport.variablesNotObject' });
    }
  });

  it('a body that is not JSON is 415, and a form body never runs even with a preflight header', async () => {
    const xml = await post().set('Content-Type', 'application/xml').set('apollo-require-preflight', '1').send('<query>{ __typename }</query>');
    expectRefusal(xml, { status: 415, code: 'BAD_REQUEST', key: 'transport.unsupportedContentType' });
    const form = await post().set('Content-Type', 'application/x-www-form-urlencoded').set('apollo-require-preflight', '1').send('query=%7B__typename%7D');
    expectRefusal(form, { status: 415, code: 'BAD_REQUEST', key: 'transport.unsupportedContentType' });
    const latin1 = await post().set('Content-Type', 'application/json; charset=latin1').send('{"query":"{ __typename }"}');
    expectRefusal(latin1, { status: 415, code: 'BAD_REQUEST', key: 'transport.unsupportedContentType' });
  });

  it('a method other than GET and POST is 405, with Allow', async () => {
    for (const method of ['put', 'delete', 'patch'] as const) {
      const response = await http()[method]('/graphql').set('Accept-Language', 'sv').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
      expectRefusal(response, { status: 405, code: 'BAD_REQUEST', key: 'transport.methodNotAllowed', params: { method: method.toUpperCase() } });
      expect(response.headers.allow).toBe('GET, POST');
    }
  });

  it('malformed JSON is 400 BAD_REQUEST', async () => {
    const response = await json().send('{"query": "{ __typename }"');
    expectRefusal(response, { status: 400, code: 'BAD_REQUEST', key: 'transport.malformedJson' });
  });

  it('what Apollo itself refuses before running anything leaves in the same shape and language', async () => {
    const response = await json().send({ query: '{ __typename }', operationName: 5 });
    const extensions = expectRefusal(response, { status: 400, code: 'BAD_REQUEST', key: 'codes.BAD_REQUEST' });
    expect(extensions.detail).toMatch(/operationName/);
  });

  it('parse and validation errors are 400 BAD_REQUEST with the detail', async () => {
    const parse = await json().send({ query: '{ me { id ' });
    expect(expectRefusal(parse, { status: 400, code: 'BAD_REQUEST', key: 'codes.BAD_REQUEST' }).detail).toMatch(/Syntax Error/);
    const validation = await json().send({ query: '{ mee { id } }' });
    expect(expectRefusal(validation, { status: 400, code: 'BAD_REQUEST', key: 'codes.BAD_REQUEST' }).detail).toMatch(/Cannot query field/);
  });

  it('a subscription sent over HTTP is 400 BAD_REQUEST, and nothing runs', async () => {
    const before = t.logs.length;
    const response = await json().set('Authorization', `Bearer ${w.caseworker.token}`).send({ query: 'subscription { notificationAdded { id } }' });
    // The caseworker's stored language (English) wins over the browser's.
    expectRefusal(response, { status: 400, code: 'BAD_REQUEST', key: 'transport.subscriptionOverHttp', language: 'en' });
    expect(t.logs.slice(before).filter((line) => line.level === 'error')).toEqual([]);
  });
});

describe('the language of a refusal', () => {
  it('is the signed-in user’s stored language, even for a request refused before GraphQL read it', async () => {
    // Baghdad's caseworker has Arabic stored; the browser says Swedish.
    const token = w.baghdadCaseworker.token;
    const signedIn = () => json().set('Authorization', `Bearer ${token}`);
    expectRefusal(await signedIn().send('{"query": '), { status: 400, code: 'BAD_REQUEST', key: 'transport.malformedJson', language: 'ar' });
    expectRefusal(await signedIn().send([{ query: '{ __typename }' }]), { status: 400, code: 'BAD_REQUEST', key: 'transport.batchNotSupported', language: 'ar' });
    expectRefusal(await signedIn().send({ query: '{ me { id ' }), { status: 400, code: 'BAD_REQUEST', key: 'codes.BAD_REQUEST', language: 'ar' });
    expectRefusal(await signedIn().send({ query: '{ mee { id } }' }), { status: 400, code: 'BAD_REQUEST', key: 'codes.BAD_REQUEST', language: 'ar' });
    const prijedor = await json().set('Authorization', `Bearer ${w.prijedorCaseworker.token}`).send({ query: 'subscription { notificationAdded { id } }' });
    expectRefusal(prijedor, { status: 400, code: 'BAD_REQUEST', key: 'transport.subscriptionOverHttp', language: 'bs' });
    const method = await http().delete('/graphql').set('Authorization', `Bearer ${w.prijedorCaseworker.token}`).set('Accept-Language', 'sv');
    expectRefusal(method, { status: 405, code: 'BAD_REQUEST', key: 'transport.methodNotAllowed', language: 'bs', params: { method: 'DELETE' } });
  });

  it('is Accept-Language when the token is not valid', async () => {
    const response = await json().set('Authorization', 'Bearer not.a.token').send('{"query": ');
    expectRefusal(response, { status: 400, code: 'BAD_REQUEST', key: 'transport.malformedJson', language: 'sv' });
  });
});

describe('the body limit', () => {
  const limit = () => graphqlBodyLimit(t.config.graphql.maxTokens);
  /** A request of exactly `bytes` bytes: a query and an unused variable that fills the rest. */
  const bodyOf = (bytes: number) => {
    const envelope = (pad: string) => JSON.stringify({ query: '{ __typename }', variables: { pad } });
    return envelope('x'.repeat(bytes - Buffer.byteLength(envelope(''))));
  };

  it('takes a body of exactly the limit and refuses one byte more with 413 PAYLOAD_TOO_LARGE, in the user’s language', async () => {
    const exact = bodyOf(limit());
    expect(Buffer.byteLength(exact)).toBe(limit());
    const accepted = await json().send(exact);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ data: { __typename: 'Query' } });

    const over = await json().set('Authorization', `Bearer ${w.prijedorCaseworker.token}`).send(bodyOf(limit() + 1));
    const extensions = expectRefusal(over, {
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      key: 'transport.tooLarge',
      language: 'bs',
      params: { limitKb: Math.floor(limit() / 1000) },
    });
    expect(extensions.limit).toBe(limit());
  });

  it('takes the largest input the API accepts: a supervision session full to every limit, in four-byte characters', async () => {
    const linked = await acceptedCase(t, w);
    const emoji = (n: number) => '😀'.repeat(n); // one character as the API counts, four bytes of UTF-8
    const input = {
      partnerId: w.baghdad.id,
      heldOn: '2026-01-01',
      mode: 'VIDEO',
      // The service counts a topic's length in UTF-16 units: the widest character that is one unit (3 bytes).
      topics: Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(200, '€')),
      notes: emoji(20_000),
      participantIds: Array.from({ length: 50 }, () => w.baghdadCaseworker.id),
      caseIds: Array.from({ length: 50 }, () => linked.caseId),
      actions: Array.from({ length: 50 }, () => ({ description: emoji(2_000), ownerId: w.baghdadCaseworker.id, dueOn: inYears(3) })),
    };
    const query = 'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id actions { id } } }';
    const body = JSON.stringify({ query, variables: { input } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(500_000);
    const response = await json().set('Authorization', `Bearer ${w.supervisor.token}`).send(body);
    expect(response.status, response.text.slice(0, 500)).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createSupervisionSession.actions).toHaveLength(50);
    // …and the limit leaves room for the longest document the token limit allows next to it.
    expect(limit() - Buffer.byteLength(body)).toBeGreaterThan(t.config.graphql.maxTokens * 8);
  });
});

describe('logging', () => {
  it('a client’s mistakes are logged below error and without a stack', async () => {
    const before = t.logs.length;
    const token = w.supervisor.token;
    const gql = (query: string, variables: Record<string, unknown> = {}, as = token) => t.gql(query, variables, { token: as, language: 'sv' });
    const codes = async (response: Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>) => (await response).errors?.map((e) => e.extensions?.code);

    expect(await codes(gql(`{ case(id: "${randomUUID()}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(await codes(gql('{ me { id } }', {}, ''))).toEqual(['UNAUTHENTICATED']);
    expect(await codes(gql('{ users { totalCount } }'))).toEqual(['FORBIDDEN']);
    const create = 'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id version } }';
    const base = { partnerId: w.baghdad.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [] };
    expect(await codes(gql(create, { input: { ...base, notes: 'x'.repeat(20_001) } }))).toEqual(['BAD_USER_INPUT']);
    expect(await codes(gql(create, { input: { ...base, mode: 5 } }))).toEqual(['BAD_USER_INPUT']);
    expect(await codes(gql(create, { input: { ...base, partnerId: w.prijedor.id } }))).toEqual(['AGREEMENT_MISSING']);
    const session = await gql(create, { input: base });
    const { id } = (session.data as { createSupervisionSession: { id: string } }).createSupervisionSession;
    const notes = 'mutation($input: UpdateSupervisionNotesInput!) { updateSupervisionNotes(input: $input) { version } }';
    expect(await codes(gql(notes, { input: { sessionId: id, version: 99, notes: 'Stale' } }))).toEqual(['CONFLICT']);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(await codes(gql(`{ ${aliases} }`))).toEqual(['QUERY_TOO_COMPLEX']);
    const login = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
    expect(await codes(gql(login, { input: { email: w.supervisor.email, password: 'not the password' } }, ''))).toEqual(['INVALID_CREDENTIALS']);
    expect(await codes(gql('{ me { id '))).toEqual(['BAD_REQUEST']);
    await json().send([{ query: '{ __typename }' }]);
    await json().send('{"query": ');
    await json().send(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(graphqlBodyLimit(t.config.graphql.maxTokens)) } }));

    const lines = t.logs.slice(before);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(lines.filter((line) => JSON.stringify(line).includes('"stack"'))).toEqual([]);
    // Each refusal is still on record, as a refusal.
    const refused = lines.filter((line) => line.msg === 'request refused');
    expect(new Set(refused.map((line) => line.code))).toEqual(
      new Set(['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'AGREEMENT_MISSING', 'CONFLICT', 'QUERY_TOO_COMPLEX', 'INVALID_CREDENTIALS', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE']),
    );
    expect(refused.every((line) => line.level === 'info' && typeof line.requestId === 'string')).toBe(true);
  });

  it('an unexpected error is still logged at error, with its stack', async () => {
    await t.owner(`REVOKE SELECT ON organisation FROM ${t.database.appRole}`);
    try {
      const before = t.logs.length;
      const response = await t.gql('{ me { organisation { name } } }', {}, { token: w.caseworker.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const failures = t.logs.slice(before).filter((line) => line.level === 'error');
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ msg: 'unexpected error in a GraphQL operation', error: { stack: expect.stringMatching(/permission denied/) } });
    } finally {
      await t.owner(`GRANT SELECT ON organisation TO ${t.database.appRole}`);
    }
  });
});
