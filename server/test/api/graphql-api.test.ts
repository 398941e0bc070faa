import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The only operations anyone may call without being signed in. */
const PUBLIC_OPERATIONS = [
  'Mutation.login',
  'Mutation.logout',
  'Mutation.refreshSession',
  // Forgot one's password: ask for a link by e-mail, use it; and whether this server sends e-mail.
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Query.passwordResetByEmailAvailable',
];

/** The smallest value of a type that passes GraphQL's own input coercion. */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return { Int: '1', Float: '1', Boolean: 'false', Date: '"2026-01-01"' }[type.name] ?? '"00000000-0000-4000-8000-000000000000"';
  throw new Error(`no sample for ${String(type)}`);
}

function sampleArguments(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return required.length ? `(${required.map((a) => `${a.name}: ${sample(a.type)}`).join(', ')})` : '';
}

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  const organisation = await createOrganisation(t);
  ({ token } = await login(t, await createUser(t, organisation, { roles: ['COORDINATOR'] })));
});
afterAll(async () => t?.close());

describe('guards', () => {
  it('every query and mutation except the public ones refuses an anonymous caller', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ kind: 'query', field: f, name: `Query.${f.name}` })),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ kind: 'mutation', field: f, name: `Mutation.${f.name}` })),
    ];
    expect(operations.length).toBeGreaterThan(8);
    const open: string[] = [];
    for (const { kind, field, name } of operations) {
      if (PUBLIC_OPERATIONS.includes(name)) continue;
      // The field alone, with __typename: the guard must refuse before any selection matters.
      const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
      const response = await t.gql(`${kind} { ${field.name}${sampleArguments(field)} ${selection} }`);
      if (response.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') open.push(`${name}: ${JSON.stringify(response.errors ?? response.data)}`);
    }
    expect(open).toEqual([]);
  });
});

describe('limits', () => {
  it('refuses an operation nested deeper than the limit', async () => {
    const deep = '{ users(first: 1) { edges { node { organisation { id } } } } }'; // depth 5
    expect((await t.gql(deep, {}, { token })).errors).toBeUndefined();
    const limited = await startTestApp({ GRAPHQL_MAX_DEPTH: '4' });
    try {
      const organisation = await createOrganisation(limited);
      const session = await login(limited, await createUser(limited, organisation, { roles: ['COORDINATOR'] }));
      expect((await limited.gql('{ me { organisation { id } } }', {}, { token: session.token })).errors).toBeUndefined();
      const response = await limited.gql(deep, {}, { token: session.token });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
      expect(response.data).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses too many aliases, including through fragments', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    const direct = await t.gql(`{ me { ${aliases} } }`, {}, { token });
    expect(direct.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
    // 8 aliased fields × a fragment used twice = 16.
    const half = Array.from({ length: 8 }, (_, i) => `b${i}: id`).join(' ');
    const viaFragment = await t.gql(`fragment F on User { ${half} } { me { ...F organisation { id } } x: me { ...F } }`, {}, { token });
    expect(viaFragment.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  });

  it('refuses an operation whose estimated cost is too high (lists count times their page size)', async () => {
    const costly = `{ users(first: 100) { edges { node { organisation { id name } } } }
                      o: organisations(first: 100) { edges { node { id name kind country timeZone } } } }`;
    const response = await t.gql(costly, {}, { token });
    expect(response.errors).toBeUndefined();
    const fields = Array.from({ length: 12 }, (_, i) => `f${i}: users(first: 100) { edges { node { id name email organisation { id name } } } }`).join(' ');
    const tooCostly = await t.gql(`{ ${fields} }`, {}, { token });
    expect(tooCostly.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && e.extensions?.limit === 'cost')).toBe(true);
  });

  it('the refusal is translated', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    // Anonymous, so Accept-Language decides (a signed-in user's stored language would win: see transport-errors.test.ts).
    const response = await t.gql(`{ me { ${aliases} } }`, {}, { language: 'bs' });
    expect(response.errors?.[0]?.message).toBe('Zahtjev traži previše podataka odjednom.');
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  });
  afterAll(async () => production?.close());

  it('introspection is off', async () => {
    const response = await production.gql('{ __schema { types { name } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('field suggestions are off', async () => {
    const response = await production.gql('{ mee { id } }');
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
    const development = await t.gql('{ mee { id } }');
    expect(JSON.stringify(development.errors)).toMatch(/Did you mean/);
  });

  it('an unexpected error leaks no stack trace, SQL or message', async () => {
    // Make the database fail underneath a request: the organisation table disappears for the app role.
    const session = await login(production, await createUser(production, await createOrganisation(production)));
    await production.owner(`REVOKE SELECT ON organisation FROM ${production.database.appRole}`);
    try {
      const response = await production.gql('{ me { organisation { name } } }', {}, { token: session.token });
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toBe('Something went wrong on our side. Please try again.');
      expect(Object.keys(error ?? {}).sort()).toEqual(['extensions', 'locations', 'message', 'path']);
      expect(Object.keys(error?.extensions ?? {})).toEqual(['code']);
      expect(JSON.stringify(response.errors)).not.toMatch(/permission|denied|select|relation|stack|QueryFailed/i);
      // …but the log has the detail, with the request id.
      const logged = production.logs.find((l) => l.msg === 'unexpected error in a GraphQL operation');
      expect(JSON.stringify(logged)).toMatch(/permission denied/);
      expect(logged?.requestId).toEqual(expect.any(String));
    } finally {
      await production.owner(`GRANT SELECT ON organisation TO ${production.database.appRole}`);
    }
  });
});
