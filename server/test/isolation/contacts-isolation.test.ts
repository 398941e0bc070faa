import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { referralWorld, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * The contacts directory in the isolation matrix: every query and mutation of issue 12's
 * directory, tried on Stockholm's entry by people of other organisations (a partner with an
 * agreement in force, a city with none): the answer is exactly what a random id gets, nothing
 * changes, and in SQL as the application role no row shows and no write lands. Analysts of the
 * owner are refused (FORBIDDEN): the directory holds personal data.
 */
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

let entries = 0;

async function stockholmEntry() {
  const created = await t.gql<{ createContactOrganisation: { id: string } }>(
    'mutation($name: String!) { createContactOrganisation(input: { name: $name, kind: IMMIGRANT_ASSOCIATION, focusCountries: ["IQ"], district: "Tensta" }) { id } }',
    { name: `Föreningen Eufrat ${++entries}` },
    { token: w.caseworker.token },
  );
  const contactId = created.data!.createContactOrganisation.id;
  const person = await t.gql<{ addContactPerson: { id: string } }>(
    'mutation($id: ID!) { addContactPerson(input: { contactOrganisationId: $id, name: "Layla Hassan", phone: "+46 70 111 22 33" }) { id } }',
    { id: contactId },
    { token: w.caseworker.token },
  );
  return { contactId, personId: person.data!.addContactPerson.id };
}

type Attempt = { name: string; run: (viewer: Person, x: { contactId: string; personId: string }) => Promise<{ data?: unknown; errors?: unknown }> };

const attempts: Attempt[] = [
  { name: 'contactOrganisation(id)', run: (v, x) => t.gql('query($id: ID!) { contactOrganisation(id: $id) { id name people { name } } }', { id: x.contactId }, { token: v.token }) },
  {
    name: 'updateContactOrganisation',
    run: (v, x) => t.gql('mutation($input: UpdateContactOrganisationInput!) { updateContactOrganisation(input: $input) { id } }', { input: { id: x.contactId, version: 1, name: 'Taken over', kind: 'NGO' } }, { token: v.token }),
  },
  {
    name: 'changeContactStatus',
    run: (v, x) => t.gql('mutation($input: ChangeContactStatusInput!) { changeContactStatus(input: $input) { id } }', { input: { id: x.contactId, status: 'DORMANT' } }, { token: v.token }),
  },
  { name: 'archiveContactOrganisation', run: (v, x) => t.gql('mutation($id: ID!) { archiveContactOrganisation(id: $id) { id } }', { id: x.contactId }, { token: v.token }) },
  { name: 'restoreContactOrganisation', run: (v, x) => t.gql('mutation($id: ID!) { restoreContactOrganisation(id: $id) { id } }', { id: x.contactId }, { token: v.token }) },
  { name: 'removeContactOrganisation', run: (v, x) => t.gql('mutation($id: ID!) { removeContactOrganisation(id: $id) { id } }', { id: x.contactId }, { token: v.token }) },
  {
    name: 'addContactPerson',
    run: (v, x) => t.gql('mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { id } }', { input: { contactOrganisationId: x.contactId, name: 'Intruder' } }, { token: v.token }),
  },
  {
    name: 'updateContactPerson',
    run: (v, x) => t.gql('mutation($input: UpdateContactPersonInput!) { updateContactPerson(input: $input) { id } }', { input: { id: x.personId, version: 1, name: 'Renamed' } }, { token: v.token }),
  },
  { name: 'removeContactPerson', run: (v, x) => t.gql('mutation($id: ID!) { removeContactPerson(id: $id) { id } }', { id: x.personId }, { token: v.token }) },
];

async function snapshot(contactId: string) {
  return t.owner(
    `SELECT c.name, c.status, c.version, c.archived_at,
            (SELECT json_agg(p ORDER BY p.id) FROM contact_person p WHERE p.contact_organisation_id = c.id) AS people,
            (SELECT count(*) FROM contact_status_change s WHERE s.contact_organisation_id = c.id) AS history
       FROM contact_organisation c WHERE c.id = $1`,
    [contactId],
  );
}

describe('another organisation', () => {
  it('gets exactly what a random id gets from every operation, and changes nothing', async () => {
    const target = await stockholmEntry();
    const before = await snapshot(target.contactId);
    for (const viewer of [w.baghdadCaseworker, w.baghdadCoordinator, w.gothenburgCaseworker, w.gothenburgCoordinator, w.prijedorCaseworker]) {
      for (const attempt of attempts) {
        const real = await attempt.run(viewer, target);
        const fake = await attempt.run(viewer, { contactId: randomUUID(), personId: randomUUID() });
        expect(real.errors, `${attempt.name} by ${viewer.email}`).toBeDefined();
        expect({ data: real.data, errors: real.errors }, `${attempt.name} by ${viewer.email}`).toEqual({ data: fake.data, errors: fake.errors });
      }
      const listed = await t.gql<{ contactOrganisations: { totalCount: number; edges: Array<{ node: { id: string } }> }; contactDistricts: string[] }>(
        '{ contactOrganisations(first: 100, filter: { includeArchived: true }) { totalCount edges { node { id } } } contactDistricts }',
        {},
        { token: viewer.token },
      );
      expect(listed.data?.contactOrganisations.edges.map((e) => e.node.id)).not.toContain(target.contactId);
      expect(listed.data?.contactDistricts).not.toContain('Tensta');
    }
    expect(await snapshot(target.contactId)).toEqual(before);
  });

  it('cannot see, write under, or change the entry in SQL as the application role either', async () => {
    const { contactId, personId } = await stockholmEntry();
    for (const viewer of [w.gothenburgCoordinator, w.baghdadCaseworker]) {
      await t.asAppRole({ organisationId: viewer.organisationId, userId: viewer.id, roles: ['CASEWORKER', 'SUPERVISOR', 'COORDINATOR', 'PARTNER_CASEWORKER'] }, async (sql) => {
        for (const [table, column, id] of [
          ['contact_organisation', 'id', contactId],
          ['contact_person', 'id', personId],
          ['contact_status_change', 'contact_organisation_id', contactId],
        ] as const) {
          const [row] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
          expect(row!.n, `${table} as ${viewer.email}`).toBe(0);
        }
        expect(await sql.attempt(`UPDATE contact_organisation SET name = 'x' WHERE id = $1`, [contactId])).toBe('ok 0');
        expect(await sql.attempt('DELETE FROM contact_person WHERE id = $1', [personId])).toBe('ok 0');
        expect(await sql.attempt('DELETE FROM contact_organisation WHERE id = $1', [contactId])).toBe('ok 0');
        // A person hung under another directory's entry, in the writer's own name: refused.
        expect(
          await sql.attempt('INSERT INTO contact_person (organisation_id, contact_organisation_id, name, created_by_user_id) VALUES ($1, $2, $3, $4)', [
            viewer.organisationId,
            contactId,
            'Planted',
            viewer.id,
          ]),
        ).toBe('42501');
        expect(
          await sql.attempt(`INSERT INTO contact_status_change (organisation_id, contact_organisation_id, to_status, changed_by_user_id) VALUES ($1, $2, 'DORMANT', $3)`, [
            viewer.organisationId,
            contactId,
            viewer.id,
          ]),
        ).toBe('42501');
        // …or an entry in Stockholm's directory.
        expect(
          await sql.attempt(`INSERT INTO contact_organisation (organisation_id, name, kind, created_by_user_id) VALUES ($1, 'Planted', 'NGO', $2)`, [w.stockholm.id, viewer.id]),
        ).toBe('42501');
      });
    }
  });
});

describe('inside the owner', () => {
  it('analysts are refused the directory (FORBIDDEN) and see none of it in SQL', async () => {
    const { contactId } = await stockholmEntry();
    const read = await t.gql('query($id: ID!) { contactOrganisation(id: $id) { id } }', { id: contactId }, { token: w.analyst.token });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await t.gql('{ contactOrganisations(first: 5) { totalCount } }', {}, { token: w.analyst.token });
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await t.gql('mutation { createContactOrganisation(input: { name: "Analyst entry", kind: OTHER }) { id } }', {}, { token: w.analyst.token });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await t.asAppRole({ organisationId: w.stockholm.id, userId: w.analyst.id, roles: ['ANALYST'] }, async (sql) => {
      const [row] = await sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM contact_organisation WHERE id = $1', [contactId]);
      expect(row!.n).toBe(0);
      expect(await sql.attempt(`INSERT INTO contact_organisation (organisation_id, name, kind, created_by_user_id) VALUES ($1, 'Analyst entry', 'NGO', $2)`, [w.stockholm.id, w.analyst.id])).toBe('42501');
    });
  });

  it('every kind of staff of the owner who works with personal data reads and writes it', async () => {
    const { contactId } = await stockholmEntry();
    for (const viewer of [w.caseworker, w.supervisor, w.coordinator]) {
      const read = await t.gql<{ contactOrganisation: { people: Array<{ name: string }> } }>('query($id: ID!) { contactOrganisation(id: $id) { people { name } } }', { id: contactId }, { token: viewer.token });
      expect(read.data?.contactOrganisation.people).toEqual([{ name: 'Layla Hassan' }]);
    }
    // A partner office keeps a directory of its own.
    const own = await t.gql<{ createContactOrganisation: { id: string } }>('mutation { createContactOrganisation(input: { name: "Baghdad Returnees Forum", kind: NGO }) { id } }', {}, { token: w.baghdadCaseworker.token });
    expect(own.errors).toBeUndefined();
  });
});
