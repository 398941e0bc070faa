import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login, type TestOrganisation, type TestUser } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A coordinator of Stockholm tries every user query and mutation on a user of Gothenburg. Each
 * attempt must fail exactly as it does for an id that does not exist, and change nothing.
 */
let t: TestApp;
let stockholm: TestOrganisation;
let gothenburg: TestOrganisation;
let coordinator: TestUser;
let victim: TestUser;
let token: string;

beforeAll(async () => {
  t = await startTestApp();
  stockholm = await createOrganisation(t, { name: 'Stockholm (test)' });
  gothenburg = await createOrganisation(t, { name: 'Gothenburg (test)' });
  coordinator = await createUser(t, stockholm, { roles: ['COORDINATOR'] });
  victim = await createUser(t, gothenburg, { roles: ['CASEWORKER', 'COORDINATOR'], name: 'Victim Person' });
  ({ token } = await login(t, coordinator));
});
afterAll(async () => t?.close());

const attempts: Array<{ name: string; query: string; variables: (id: string) => Record<string, unknown> }> = [
  { name: 'user(id)', query: 'query($id: ID!) { user(id: $id) { id email } }', variables: (id) => ({ id }) },
  {
    name: 'updateUserRoles',
    query: 'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id roles } }',
    variables: (id) => ({ input: { userId: id, roles: ['ANALYST'] } }),
  },
  { name: 'deactivateUser', query: 'mutation($id: ID!) { deactivateUser(id: $id) { id active } }', variables: (id) => ({ id }) },
];

describe("another organisation's users", () => {
  for (const attempt of attempts) {
    it(`${attempt.name}: refused exactly like an id that does not exist`, async () => {
      const foreign = await t.gql(attempt.query, attempt.variables(victim.id), { token });
      const missing = await t.gql(attempt.query, attempt.variables(randomUUID()), { token });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect({ data: foreign.data, errors: foreign.errors }).toEqual({ data: missing.data, errors: missing.errors });
    });
  }

  it('are never listed, whatever the search', async () => {
    const response = await t.gql<{ users: { totalCount: number; edges: Array<{ node: { id: string; organisation: { id: string } } }> } }>(
      'query($search: String) { users(first: 100, search: $search, includeInactive: true) { totalCount edges { node { id organisation { id } } } } }',
      { search: 'Victim' },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.users.totalCount).toBe(0);
    const all = await t.gql<{ users: { edges: Array<{ node: { organisation: { id: string } } }> } }>(
      '{ users(first: 100, includeInactive: true) { edges { node { organisation { id } } } } }',
      {},
      { token },
    );
    expect(all.data?.users.edges.length).toBeGreaterThan(0);
    expect(all.data?.users.edges.every((e) => e.node.organisation.id === stockholm.id)).toBe(true);
  });

  it('were not changed by any of the attempts', async () => {
    const [row] = await t.owner<{ roles: string[]; active: boolean }>('SELECT roles, active FROM app_user WHERE id = $1', [victim.id]);
    expect(row).toEqual({ roles: ['CASEWORKER', 'COORDINATOR'], active: true });
  });

  it('cannot be created by another organisation: createUser always creates in the caller’s own', async () => {
    const response = await t.gql<{ createUser: { organisation: { id: string } } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { organisation { id } } }',
      { input: { email: `new-${randomUUID().slice(0, 6)}@test.example`, name: 'New Person', roles: ['CASEWORKER'], language: 'sv', password: 'a long enough password' } },
      { token },
    );
    expect(response.data?.createUser.organisation.id).toBe(stockholm.id);
  });
});

describe('the organisation directory', () => {
  it('shows other organisations’ names (so partners can be named) but nothing they own', async () => {
    const response = await t.gql<{ organisation: { name: string } }>('query($id: ID) { organisation(id: $id) { name } }', { id: gothenburg.id }, { token });
    expect(response.data?.organisation.name).toBe('Gothenburg (test)');
  });

  it('answers NOT_FOUND for an unknown or malformed organisation id', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const response = await t.gql('query($id: ID) { organisation(id: $id) { name } }', { id }, { token });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('is closed to anonymous callers', async () => {
    const response = await t.gql('{ organisations(first: 10) { totalCount } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
