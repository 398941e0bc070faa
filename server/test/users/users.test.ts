import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { asApplication } from '../support/app-sql.js';
import type { TestApp } from '../support/test-app.js';
import { signedIn, worldForFile } from '../support/world.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateUserInput!) { createUser(input: $input) { id email name roles language active organisation { id } } }
`;
const USERS = /* GraphQL */ `
  query Users($first: Int!, $after: String, $search: String, $includeInactive: Boolean! = false) {
    users(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name active } }
    }
  }
`;

/** A city and a partner abroad; two coordinators of the city, signed in (one reads Swedish). */
async function usersWorld(t: TestApp) {
  const city = await createOrganisation(t, { kind: 'CITY' });
  return {
    city,
    partner: await createOrganisation(t, { kind: 'CLDD_OFFICE', country: 'IQ', language: 'ar', timeZone: 'Asia/Baghdad' }),
    coordinator: await signedIn(t, city, { roles: ['COORDINATOR'], name: 'Aaron Coordinator' }),
    swedishCoordinator: await signedIn(t, city, { roles: ['COORDINATOR'], language: 'sv', name: 'Sara Samordnare' }),
  };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof usersWorld>>;
worldForFile(usersWorld, (started) => ({ t, w } = started));

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `person-${randomUUID().slice(0, 8)}@test.example`,
  name: 'New Person',
  roles: ['CASEWORKER'],
  language: 'sv',
  password: 'a long enough password',
  ...overrides,
});

async function userCount(): Promise<number> {
  return (await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM app_user'))[0]!.n;
}

describe('coordinators manage their organisation’s users', () => {
  it('create a user who can then log in with the given password (really hashed with argon2id)', async () => {
    const input = newUser({ email: `  Mixed.Case-${randomUUID().slice(0, 6)}@Test.Example ` });
    const response = await t.gql<{ createUser: { id: string; email: string; organisation: { id: string } } }>(CREATE, { input }, { token: w.coordinator.token });
    expect(response.errors).toBeUndefined();
    const created = response.data!.createUser;
    expect(created.email).toBe(String(input.email).trim().toLowerCase());
    expect(created.organisation.id).toBe(w.city.id);
    const [row] = await t.owner<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [created.id]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(login(t, { email: created.email, password: 'a long enough password' })).resolves.toHaveProperty('token');
  });

  it('list users page by page with cursors, sorted by name, with a total', async () => {
    for (const name of ['Beata', 'Cecilia', 'David', 'Erik']) {
      await t.gql(CREATE, { input: newUser({ name: `${name} Listed` }) }, { token: w.coordinator.token });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const response: Awaited<ReturnType<typeof t.gql<{ users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { name: string } }> } }>>> =
        await t.gql(USERS, { first: 2, after, search: 'listed' }, { token: w.coordinator.token });
      expect(response.errors).toBeUndefined();
      const page = response.data!.users;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(seen).toEqual(['Beata Listed', 'Cecilia Listed', 'David Listed', 'Erik Listed']);
    expect(total).toBe(4);
    expect(pages).toBe(2);
  });

  it('change a user’s roles, and refuse a role that does not fit the kind of organisation', async () => {
    const person = await createUser(t, w.city);
    const ok = await t.gql<{ updateUserRoles: { roles: string[] } }>(
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: person.id, roles: ['SUPERVISOR', 'CASEWORKER'] } },
      { token: w.coordinator.token },
    );
    expect(ok.data?.updateUserRoles.roles.sort()).toEqual(['CASEWORKER', 'SUPERVISOR']);
    const misfit = await t.gql(
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: person.id, roles: ['PARTNER_CASEWORKER'] } },
      { token: w.coordinator.token },
    );
    expect(misfit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
  });

  it('deactivate a user: their tokens stop working at once and their sessions are revoked', async () => {
    const person = await createUser(t, w.city);
    const session = await login(t, person);
    const response = await t.gql<{ deactivateUser: { active: boolean } }>('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: person.id }, { token: w.coordinator.token });
    expect(response.data?.deactivateUser.active).toBe(false);
    expect((await t.gql('{ me { id } }', {}, { token: session.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('mutation { refreshSession { accessToken } }', {}, { cookie: session.cookie })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const listed = await t.gql<{ users: { edges: Array<{ node: { id: string } }> } }>(USERS, { first: 100 }, { token: w.coordinator.token });
    expect(listed.data?.users.edges.map((e) => e.node.id)).not.toContain(person.id);
  });

  it('cannot lock themselves out', async () => {
    const self = await t.gql('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: w.coordinator.id }, { token: w.coordinator.token });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('cannot change their own roles, not even to add one: another coordinator must, and nothing is written', async () => {
    for (const roles of [['CASEWORKER'], ['COORDINATOR', 'CASEWORKER']]) {
      const response = await t.gql(
        'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
        { input: { userId: w.swedishCoordinator.id, roles } },
        { token: w.swedishCoordinator.token },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe('Du kan inte ändra dina egna roller; en annan samordnare måste göra det.');
    }
    const [row] = await t.owner<{ roles: string[] }>('SELECT roles FROM app_user WHERE id = $1', [w.swedishCoordinator.id]);
    expect(row!.roles).toEqual(['COORDINATOR']);
    // Another coordinator may.
    const byColleague = await t.gql<{ updateUserRoles: { roles: string[] } }>(
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: w.swedishCoordinator.id, roles: ['COORDINATOR', 'SUPERVISOR'] } },
      { token: w.coordinator.token },
    );
    expect(byColleague.data?.updateUserRoles.roles.sort()).toEqual(['COORDINATOR', 'SUPERVISOR']);
  });

  it('an address taken within the organisation is a CONFLICT on the field, and nothing is written', async () => {
    const before = await userCount();
    const response = await t.gql(CREATE, { input: newUser({ email: w.coordinator.email }) }, { token: w.coordinator.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await userCount()).toBe(before);
  });

  it('an address used in another organisation answers exactly like a new one, and each person signs in to their own account', async () => {
    const elsewhere = await createOrganisation(t, { kind: 'CITY' });
    const stranger = await createUser(t, elsewhere, { roles: ['CASEWORKER'] });
    const shape = (response: Awaited<ReturnType<typeof t.gql>>, email: string) => ({
      status: response.status,
      errors: response.errors,
      data: JSON.parse(JSON.stringify(response.data).replaceAll(email, '<email>').replace(/"id":"[0-9a-f-]{36}"/, '"id":"<id>"')) as unknown,
    });
    const fresh = newUser({ email: `fresh-${randomUUID().slice(0, 8)}@test.example`, password: 'first organisation pass' });
    const reused = newUser({ email: stranger.email, password: 'second organisation pass' });
    const freshAnswer = await t.gql(CREATE, { input: fresh }, { token: w.coordinator.token });
    const reusedAnswer = await t.gql(CREATE, { input: reused }, { token: w.coordinator.token });
    expect(reusedAnswer.errors).toBeUndefined();
    expect(shape(reusedAnswer, stranger.email)).toEqual(shape(freshAnswer, fresh.email as string));

    // Two accounts, one address: the password decides which one opens, and neither learns of the other.
    const mine = await t.gql<{ login: { user: { id: string; organisation: { id: string } } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { id organisation { id } } } }',
      { input: { email: stranger.email, password: 'second organisation pass' } },
    );
    expect(mine.data?.login.user.organisation.id).toBe(w.city.id);
    const theirs = await t.gql<{ login: { user: { id: string; organisation: { id: string } } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { user { id organisation { id } } } }',
      { input: { email: stranger.email, password: stranger.password } },
    );
    expect(theirs.data?.login.user).toEqual({ id: stranger.id, organisation: { id: elsewhere.id } });
    // One salt for both accounts, so a login costs one argon2 computation, as for everyone else.
    const salts = await t.owner<{ salt: string }>(
      `SELECT DISTINCT split_part(password_hash, '$', 5) AS salt FROM app_user WHERE email = $1`,
      [stranger.email],
    );
    expect(salts).toHaveLength(1);
  });

  it('creating, changing the roles of and deactivating a person leave audit events', async () => {
    const created = await t.gql<{ createUser: { id: string } }>(CREATE, { input: newUser({ roles: ['CASEWORKER'] }) }, { token: w.coordinator.token });
    const id = created.data!.createUser.id;
    await t.gql('mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id } }', { input: { userId: id, roles: ['SUPERVISOR'] } }, { token: w.coordinator.token });
    await t.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id }, { token: w.coordinator.token });
    const events = await t.owner<{ action: string; actor_user_id: string; organisation_id: string; details: Record<string, unknown> }>(
      `SELECT action, actor_user_id, organisation_id, details FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.update_roles', 'user.deactivate']);
    for (const event of events) expect(event).toMatchObject({ actor_user_id: w.coordinator.id, organisation_id: w.city.id });
    expect(events[1]!.details).toEqual({ from: ['CASEWORKER'], to: ['SUPERVISOR'] });
  });

  it('partner organisations get partner roles', async () => {
    const partnerCoordinator = await createUser(t, w.partner, { roles: ['COORDINATOR'], language: 'ar' });
    const session = await login(t, partnerCoordinator);
    const wrong = await t.gql(CREATE, { input: newUser({ roles: ['CASEWORKER'] }) }, { token: session.token });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toBe('الدور CASEWORKER غير موجود في هذا النوع من المؤسسات.');
    const right = await t.gql(CREATE, { input: newUser({ roles: ['PARTNER_CASEWORKER'] }) }, { token: session.token });
    expect(right.errors).toBeUndefined();
  });
});

describe('people who are not coordinators', () => {
  it('are refused every coordinator operation with FORBIDDEN, and nothing is written', async () => {
    const caseworker = await createUser(t, w.city, { roles: ['CASEWORKER', 'SUPERVISOR', 'ANALYST'] });
    const session = await login(t, caseworker);
    const before = await userCount();
    const operations: Array<[string, Record<string, unknown>]> = [
      [USERS, { first: 10 }],
      ['query($id: ID!) { user(id: $id) { id } }', { id: caseworker.id }],
      [CREATE, { input: newUser() }],
      ['mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id } }', { input: { userId: caseworker.id, roles: ['COORDINATOR'] } }],
      ['mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: w.coordinator.id }],
    ];
    for (const [query, variables] of operations) {
      const response = await t.gql(query, variables, { token: session.token });
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect(await userCount()).toBe(before);
    const [row] = await t.owner<{ roles: string[] }>('SELECT roles FROM app_user WHERE id = $1', [caseworker.id]);
    expect(row!.roles).not.toContain('COORDINATOR');
  });

  it('may set their own language, and the next answers come in it', async () => {
    const person = await createUser(t, w.city, { language: 'en' });
    const session = await login(t, person);
    const set = await t.gql<{ setMyLanguage: { language: string } }>('mutation { setMyLanguage(language: bs) { language } }', {}, { token: session.token });
    expect(set.data?.setMyLanguage.language).toBe('bs');
    const refused = await t.gql('{ users(first: 5) { totalCount } }', {}, { token: session.token, language: 'en' });
    expect(refused.errors?.[0]?.message).toBe('Nemate dozvolu za ovu radnju.');
  });

  it('may change their own password, given the current one', async () => {
    const person = await createUser(t, w.city);
    const session = await login(t, person);
    const change = 'mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }';
    const wrong = await t.gql(change, { input: { currentPassword: 'nope', newPassword: 'a brand new password' } }, { token: session.token });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const right = await t.gql(change, { input: { currentPassword: person.password, newPassword: 'a brand new password' } }, { token: session.token });
    expect(right.data).toEqual({ changeMyPassword: true });
    await expect(login(t, { email: person.email, password: 'a brand new password' })).resolves.toHaveProperty('token');
    await expect(login(t, person)).rejects.toThrow(/INVALID_CREDENTIALS/);
    const audited = await t.owner<{ action: string }>(`SELECT action FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`, [person.id]);
    expect(audited.map((e) => e.action)).toEqual(expect.arrayContaining(['user.password_change_failed', 'user.password_changed']));
  });

  it('a new password ends every other session of that person; the one that changed it goes on', async () => {
    const person = await createUser(t, w.city);
    const laptop = await login(t, person);
    const phone = await login(t, person);
    const change = 'mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }';
    const changed = await t.gql(change, { input: { currentPassword: person.password, newPassword: 'changed on the laptop' } }, laptop);
    expect(changed.data).toEqual({ changeMyPassword: true });
    const refresh = 'mutation { refreshSession { accessToken } }';
    expect((await t.gql(refresh, {}, { cookie: phone.cookie })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(refresh, {}, { cookie: laptop.cookie })).errors).toBeUndefined();
  });

  it('guessing the current password is counted like a login: the fifth wrong guess locks, even for the right one', async () => {
    const person = await createUser(t, w.city);
    const session = await login(t, person);
    const change = 'mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) }';
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const guess = await t.gql(change, { input: { currentPassword: `guess ${i}`, newPassword: 'a brand new password' } }, { token: session.token });
      codes.push(String(guess.errors?.[0]?.extensions?.code));
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ACCOUNT_LOCKED']);
    const right = await t.gql(change, { input: { currentPassword: person.password, newPassword: 'a brand new password' } }, { token: session.token });
    expect(right.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    await expect(login(t, { email: person.email, password: 'a brand new password' })).rejects.toThrow(/ACCOUNT_LOCKED/);
  });
});

describe('bad input', () => {
  const cases: Array<{ name: string; input: Record<string, unknown>; field: string; sv: string }> = [
    { name: 'an empty name', input: { name: '   ' }, field: 'name', sv: 'Namn måste fyllas i.' },
    { name: 'an over-long name', input: { name: 'x'.repeat(201) }, field: 'name', sv: 'Namn får vara högst 200 tecken lång.' },
    { name: 'an empty e-mail address', input: { email: '' }, field: 'email', sv: 'E-postadress måste fyllas i.' },
    { name: 'a malformed e-mail address', input: { email: 'not-an-address' }, field: 'email', sv: 'E-postadress är inte en giltig e-postadress.' },
    { name: 'a too short password', input: { password: 'short' }, field: 'password', sv: 'Lösenord måste vara minst 12 tecken lång.' },
    { name: 'no roles', input: { roles: [] }, field: 'roles', sv: 'Roller måste fyllas i.' },
    { name: 'a name of the wrong type', input: { name: 42 }, field: 'name', sv: 'Namn har fel sorts värde.' },
    { name: 'an unknown role', input: { roles: ['KING'] }, field: 'roles', sv: 'Roller har fel sorts värde.' },
    { name: 'an unknown language', input: { language: 'fr' }, field: 'language', sv: 'Språk har fel sorts värde.' },
  ];

  for (const c of cases) {
    it(`${c.name}: BAD_USER_INPUT naming the field, in Swedish for a Swedish user, nothing written`, async () => {
      const before = await userCount();
      const response = await t.gql(CREATE, { input: newUser(c.input) }, { token: w.swedishCoordinator.token });
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: c.field });
      expect(response.errors?.[0]?.message).toBe(c.sv);
      expect(await userCount()).toBe(before);
    });
  }

  it('a missing required argument names it', async () => {
    const response = await t.gql('query($first: Int!) { users(first: $first) { totalCount } }', {}, { token: w.coordinator.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('a page size out of range and a forged cursor name their argument', async () => {
    const big = await t.gql(USERS, { first: 1000 }, { token: w.coordinator.token });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(big.errors?.[0]?.message).toBe('Page size must be between 1 and 100.');
    const forged = await t.gql(USERS, { first: 5, after: 'bm90IGEgY3Vyc29y' }, { token: w.coordinator.token });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('one failing field rolls back the whole mutation operation', async () => {
    const person = await createUser(t, w.city, { language: 'en' });
    const session = await login(t, person);
    const response = await t.gql(
      `mutation($id: ID!) { a: setMyLanguage(language: ar) { language } b: deactivateUser(id: $id) { id } }`,
      { id: person.id },
      { token: session.token },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.owner<{ language: string }>('SELECT language FROM app_user WHERE id = $1', [person.id]);
    expect(row!.language).toBe('en');
  });
});

describe('in the database, as the application role (what a service with a bug could send)', () => {
  it('only a coordinator changes people, never their own row; a caseworker cannot make itself a coordinator', async () => {
    const caseworker = await createUser(t, w.city, { roles: ['CASEWORKER'] });
    const colleague = await createUser(t, w.city, { roles: ['CASEWORKER'] });
    await asApplication(t, { organisationId: w.city.id, userId: caseworker.id, roles: ['CASEWORKER'] }, async (sql) => {
      expect(await sql.attempt(`UPDATE app_user SET roles = '{COORDINATOR,CASEWORKER}' WHERE id = $1`, [caseworker.id])).toBe('ok 0');
      expect(await sql.attempt(`UPDATE app_user SET roles = '{ANALYST}' WHERE id = $1`, [colleague.id])).toBe('ok 0');
      expect(
        await sql.attempt(
          `INSERT INTO app_user (organisation_id, email, name, roles, language, password_hash) VALUES ($1, 'new@test.example', 'N', '{COORDINATOR}', 'en', '$argon2id$x')`,
          [w.city.id],
        ),
      ).toBe('42501');
      expect(await sql.attempt(`UPDATE organisation SET name = 'Renamed' WHERE id = $1`, [w.city.id])).toBe('ok 0');
      // One's own language is one's own to set.
      expect(await sql.rows(`SELECT app_set_my_language('bs') AS done`)).toEqual([{ done: true }]);
    });
    await asApplication(t, { organisationId: w.city.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, async (sql) => {
      expect(await sql.attempt(`UPDATE app_user SET roles = '{COORDINATOR,CASEWORKER}' WHERE id = $1`, [w.coordinator.id])).toBe('ok 0');
      expect(await sql.attempt(`UPDATE app_user SET roles = '{SUPERVISOR}' WHERE id = $1`, [colleague.id])).toBe('ok 1');
    });
    const rows = await t.owner<{ id: string; roles: string[] }>('SELECT id, roles FROM app_user WHERE id = ANY($1)', [[caseworker.id, w.coordinator.id]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.roles]))).toEqual({ [caseworker.id]: ['CASEWORKER'], [w.coordinator.id]: ['COORDINATOR'] });
  });
});
