import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, parse, print, specifiedRules, validate, visit, type DocumentNode, type FieldNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repositoryRoot } from '../../src/core/config/config.js';
import { queryLimitRules } from '../../src/core/graphql/query-limits.js';
import { watchEventLoop } from '../support/event-loop-watchdog.js';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** n fragments that each spread the next twice: 2^n copies of the last one from n short lines. */
function fragmentBomb(levels: number, leaf = 'organisations(first: 1) { totalCount }'): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query Bomb { ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { ${leaf} }`;
}

function expectRefused(response: Awaited<ReturnType<TestApp['gql']>>, limit: string): void {
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }));
}

let production: TestApp;
let token: string;
beforeAll(async () => {
  production = await startTestApp({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  ({ token } = await login(production, await createUser(production, await createOrganisation(production))));
});
afterAll(async () => production?.close());

describe('query limits, in production', () => {
  it('refuses a fragment bomb at once, while a signed-in request sent alongside is answered', async () => {
    // 40 levels: 2^40 spreads. A rule that walked every spread could not finish this in a lifetime,
    // and would hold every other request meanwhile.
    const bomb = fragmentBomb(40);
    expect(bomb.length).toBeLessThan(2000);
    const watchdog = watchEventLoop('validating a fragment bomb');
    try {
      const [refused, answered] = await Promise.all([
        production.gql(bomb, {}, { language: 'sv' }),
        production.gql<{ me: { email: string } }>('{ me { email } }', {}, { token }),
      ]);
      expectRefused(refused, 'cost');
      expect(refused.errors?.[0]?.message).toBe('Förfrågan ber om för mycket på en gång.');
      expect(JSON.stringify(refused.errors)).not.toMatch(/stack|Syntax Error|Armor/i);
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.me.email).toMatch(/@test\.example$/);
    } finally {
      watchdog.stop();
    }
  });

  it('counts aliases through a fragment bomb without walking it', async () => {
    const watchdog = watchEventLoop('validating a fragment bomb');
    try {
      expectRefused(await production.gql(fragmentBomb(40, 'x: __typename')), 'aliases');
    } finally {
      watchdog.stop();
    }
  });

  it('refuses a wide alias bomb', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    expectRefused(await production.gql(`{ ${aliases} }`), 'aliases');
  });

  it('refuses a directive bomb, also when the directives sit on repeated spreads of one fragment', async () => {
    const onFields = Array.from({ length: 60 }, (_, i) => `a${i % 10}: __typename @include(if: true)`).join(' ');
    expectRefused(await production.gql(`{ ${onFields} }`), 'directives');
    // Each spread is measured through the fragment once, but its own directives count every time.
    const onSpreads = Array.from({ length: 30 }, () => '...T @include(if: true) @skip(if: false)').join(' ');
    expectRefused(await production.gql(`{ ${onSpreads} } fragment T on Query { __typename }`), 'directives');
  });

  it('refuses a document with too many tokens before validating it', async () => {
    const limit = production.config.graphql.maxTokens;
    // Thousands of one selection: graphql-js compares every pair of same-named fields when it validates.
    const huge = `{ ${'__typename '.repeat(limit + 10)}}`;
    const response = await production.gql(huge, {}, { language: 'bs' });
    expectRefused(response, 'tokens');
    expect(response.errors?.[0]).toMatchObject({ message: 'Zahtjev traži previše podataka odjednom.', extensions: { allowed: limit } });
    expect(JSON.stringify(response.errors)).not.toMatch(/Syntax Error|Parsing aborted/);
  });

  it('refuses an operation whose page sizes multiply past the cost limit, with no overflow', async () => {
    // A page size far beyond any number: the cost stays capped, never Infinity or NaN.
    const enormous = '9'.repeat(400);
    const nested = `{ users(first: ${enormous}) { edges { node { organisation { id name } } } } }`;
    expectRefused(await production.gql(nested, {}, { token }), 'cost');
    // A list without `first` counts its default page size (20), not 1.
    const user = 'id name email language active roles createdAt organisation { id name kind country timeZone defaultLanguage }';
    const lists = Array.from({ length: 15 }, (_, i) => `u${i}: users { totalCount pageInfo { hasNextPage endCursor } edges { node { ${user} } } }`).join(' ');
    expectRefused(await production.gql(`{ ${lists} }`, {}, { token }), 'cost');
  });
});

describe('settings', () => {
  it('the directive and token limits are read from the environment and checked', () => {
    const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://app@db/c', DATABASE_OWNER_URL: 'postgres://owner@db/c' };
    expect(loadConfig(base).graphql).toMatchObject({ maxDirectives: 50, maxTokens: 2000 });
    expect(loadConfig({ ...base, GRAPHQL_MAX_DIRECTIVES: '5', GRAPHQL_MAX_TOKENS: '800' }).graphql).toMatchObject({ maxDirectives: 5, maxTokens: 800 });
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_TOKENS: '10' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_TOKENS: '10' })).toThrow(/GRAPHQL_MAX_TOKENS/);
    expect(() => loadConfig({ ...base, GRAPHQL_MAX_DIRECTIVES: 'many' })).toThrow(/GRAPHQL_MAX_DIRECTIVES/);
  });
});

/** Every operation the client sends, as codegen wrote them into client/src/gql/graphql.ts. */
function clientOperations(): Array<{ name: string; document: DocumentNode }> {
  const source = readFileSync(join(repositoryRoot, 'client', 'src', 'gql', 'graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)]
    .map(([, name, json]) => ({ name: name!, document: JSON.parse(json!) as DocumentNode }))
    .filter(({ document }) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
}

/** Apollo Client asks for __typename in every selection set; so does this. */
function withTypename(document: DocumentNode): DocumentNode {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

describe('the client', () => {
  it('every operation the client sends passes the limits at their defaults', () => {
    const schema = production.app.get(GraphQLSchemaHost).schema;
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(40);
    const rules = [...specifiedRules, ...queryLimitRules(production.config.graphql)];
    const refused: string[] = [];
    for (const { name, document } of operations) {
      const sent = print(withTypename(document));
      try {
        const errors = validate(schema, parse(sent, { maxTokens: production.config.graphql.maxTokens }), rules);
        if (errors.length > 0) refused.push(`${name}: ${errors.map((e) => e.message).join('; ')}`);
      } catch (error) {
        refused.push(`${name}: ${(error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
