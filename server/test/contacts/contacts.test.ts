import { describe, expect, it } from 'vitest';
import { referralWorld, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/** The contacts directory (issue 12, point 1): an organisation's own, with its people and status history. */
let t: TestApp;
let w: ReferralWorld;

worldForFile(referralWorld, (started) => ({ t, w } = started));

const FIELDS = 'id name kind focusCountries languages district address website status version archived statusHistory { fromStatus toStatus note changedBy { id } } people { id name roleTitle phone email preferredLanguage version } createdBy { id }';

interface Contact {
  id: string;
  name: string;
  status: string;
  version: number;
  archived: boolean;
  website: string | null;
  focusCountries: string[];
  statusHistory: Array<{ fromStatus: string | null; toStatus: string; note: string | null; changedBy: { id: string } }>;
  people: Array<{ id: string; name: string; phone: string | null; email: string | null; version: number }>;
}

let counter = 0;
const unique = (name: string) => `${name} ${++counter}`;

async function create(by: Person, input: Record<string, unknown>) {
  return t.gql<{ createContactOrganisation: Contact }>(
    `mutation($input: CreateContactOrganisationInput!) { createContactOrganisation(input: $input) { ${FIELDS} } }`,
    { input: { kind: 'IMMIGRANT_ASSOCIATION', ...input } },
    { token: by.token },
  );
}

async function created(by: Person, input: Record<string, unknown>): Promise<Contact> {
  const response = await create(by, input);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.createContactOrganisation;
}

async function list(by: Person, filter: Record<string, unknown> = {}, first = 50, after?: string) {
  const response = await t.gql<{ contactOrganisations: { totalCount: number; edges: Array<{ node: { id: string; name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    'query($filter: ContactFilter, $first: Int!, $after: String) { contactOrganisations(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }',
    { filter, first, after },
    { token: by.token },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.contactOrganisations;
}

describe('a directory entry', () => {
  it('is created with its first status in the history, and the website gets a scheme', async () => {
    const contact = await created(w.caseworker, {
      name: unique('Föreningen Dijla'),
      focusCountries: ['iq', 'IQ', 'SO'],
      languages: ['ar', 'ckb'],
      district: 'Rinkeby-Kista',
      website: 'dijla.example.org',
      status: 'CONTACTED',
    });
    expect(contact).toMatchObject({ status: 'CONTACTED', version: 1, archived: false, focusCountries: ['IQ', 'SO'], website: 'https://dijla.example.org' });
    expect(contact.statusHistory).toEqual([{ fromStatus: null, toStatus: 'CONTACTED', note: null, changedBy: { id: w.caseworker.id } }]);
  });

  it('refuses a duplicate of the same kind whatever its case, diacritics and separators, pointing at the existing one', async () => {
    const name = unique('Bosanska Zajednica Đurđevak');
    const first = await created(w.caseworker, { name });
    const again = await create(w.supervisor, { name: `  ${name.toUpperCase().replace('Đ', 'D').replace('đ', 'd').replaceAll(' ', '-')} ` });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name', existingId: first.id });
    expect(again.errors?.[0]?.message).toContain(name);
    // Another kind of the same name is another entry; so is the same name in another directory.
    await created(w.caseworker, { name, kind: 'FAITH_COMMUNITY' });
    await created(w.gothenburgCaseworker, { name });
  });

  it('refuses bad input naming the field, in the caller’s language, and writes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: unique('A'), focusCountries: ['XX'] }, 'focusCountries'],
      [{ name: unique('A'), languages: ['arabic'] }, 'languages'],
      [{ name: unique('A'), website: 'javascript:alert(1)' }, 'website'],
      [{ name: unique('A'), website: 'https://user:pw@example.org' }, 'website'],
      [{ name: unique('A'), district: 'd'.repeat(201) }, 'district'],
      [{ name: `Bad\u0000name ${counter++}` }, 'name'],
      [{ name: `Bidi\u202Ename ${counter++}` }, 'name'],
      [{ name: unique('A'), letterOfIntentAttachmentId: '00000000-0000-4000-8000-000000000000' }, 'letterOfIntentAttachmentId'],
    ];
    const before = await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM contact_organisation');
    for (const [input, field] of cases) {
      const response = await t.gql(
        'mutation($input: CreateContactOrganisationInput!) { createContactOrganisation(input: $input) { id } }',
        { input: { kind: 'NGO', ...input } },
        { token: w.baghdadCaseworker.token },
      );
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect(await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM contact_organisation')).toEqual(before);
  });

  it('is edited by version: a stale version is refused and changes nothing', async () => {
    const contact = await created(w.caseworker, { name: unique('Somali Youth Network') });
    const edit = (version: number, name: string) =>
      t.gql<{ updateContactOrganisation: Contact }>(
        `mutation($input: UpdateContactOrganisationInput!) { updateContactOrganisation(input: $input) { ${FIELDS} } }`,
        { input: { id: contact.id, version, name, kind: 'IMMIGRANT_ASSOCIATION', focusCountries: ['SO'] } },
        { token: w.caseworker.token },
      );
    const renamed = await edit(1, `${contact.name} (Husby)`);
    expect(renamed.data?.updateContactOrganisation).toMatchObject({ version: 2, name: `${contact.name} (Husby)`, focusCountries: ['SO'] });
    const stale = await edit(1, 'Something else');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const [row] = await t.owner<{ name: string }>('SELECT name FROM contact_organisation WHERE id = $1', [contact.id]);
    expect(row!.name).toBe(`${contact.name} (Husby)`);
  });

  it('moves through statuses, keeping every step with its note', async () => {
    const contact = await created(w.caseworker, { name: unique('Iraqi Women’s Circle') });
    const change = (status: string, note?: string) =>
      t.gql<{ changeContactStatus: Contact }>(
        `mutation($input: ChangeContactStatusInput!) { changeContactStatus(input: $input) { ${FIELDS} } }`,
        { input: { id: contact.id, status, note } },
        { token: w.supervisor.token },
      );
    await change('CONTACTED', 'First call with the chair.');
    const cooperating = await change('COOPERATING');
    expect(cooperating.data?.changeContactStatus.status).toBe('COOPERATING');
    expect(cooperating.data?.changeContactStatus.statusHistory.map((s) => [s.fromStatus, s.toStatus, s.note])).toEqual([
      ['CONTACTED', 'COOPERATING', null],
      ['PROSPECT', 'CONTACTED', 'First call with the chair.'],
      [null, 'PROSPECT', null],
    ]);
    const same = await change('COOPERATING');
    expect(same.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('is deleted when it has no history, and archived instead when it has', async () => {
    const fresh = await created(w.caseworker, { name: unique('Short-lived contact') });
    const removed = await t.gql('mutation($id: ID!) { removeContactOrganisation(id: $id) { id archived } }', { id: fresh.id }, { token: w.caseworker.token });
    expect(removed.data).toEqual({ removeContactOrganisation: { id: fresh.id, archived: false } });
    expect(await t.owner('SELECT 1 FROM contact_organisation WHERE id = $1', [fresh.id])).toHaveLength(0);

    const known = await created(w.caseworker, { name: unique('Long-standing contact') });
    await t.gql('mutation($input: ChangeContactStatusInput!) { changeContactStatus(input: $input) { id } }', { input: { id: known.id, status: 'COOPERATING' } }, { token: w.caseworker.token });
    const archived = await t.gql('mutation($id: ID!) { removeContactOrganisation(id: $id) { id archived } }', { id: known.id }, { token: w.caseworker.token });
    expect(archived.data).toEqual({ removeContactOrganisation: { id: known.id, archived: true } });
    const [row] = await t.owner<{ archived_at: Date | null; n: number }>(
      'SELECT archived_at, (SELECT count(*)::int FROM contact_status_change WHERE contact_organisation_id = c.id) AS n FROM contact_organisation c WHERE id = $1',
      [known.id],
    );
    expect(row!.archived_at).not.toBeNull();
    expect(row!.n).toBe(2);
    // Out of the default list, in it with includeArchived; restored, back.
    expect((await list(w.caseworker, { text: known.name })).edges).toHaveLength(0);
    expect((await list(w.caseworker, { text: known.name, includeArchived: true })).edges.map((e) => e.node.id)).toEqual([known.id]);
    const restored = await t.gql<{ restoreContactOrganisation: Contact }>('mutation($id: ID!) { restoreContactOrganisation(id: $id) { archived } }', { id: known.id }, { token: w.caseworker.token });
    expect(restored.data?.restoreContactOrganisation.archived).toBe(false);
  });
});

describe('contact persons', () => {
  it('are added, edited and removed for good; phone and e-mail are checked; every step is audited', async () => {
    const contact = await created(w.caseworker, { name: unique('Hiiraan Cultural Association') });
    const add = (input: Record<string, unknown>) =>
      t.gql<{ addContactPerson: { id: string; phone: string | null; version: number } }>(
        'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { id phone version } }',
        { input: { contactOrganisationId: contact.id, name: 'Faadumo Cali', ...input } },
        { token: w.caseworker.token },
      );
    expect((await add({ phone: '12' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect((await add({ email: 'not an address' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await add({ preferredLanguage: 'Somali' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // As dialled in Stockholm, and international.
    const local = await add({ phone: '08-508 000 00', email: 'faadumo@example.org', roleTitle: 'Chair', preferredLanguage: 'so' });
    expect(local.errors).toBeUndefined();
    const abroad = await add({ name: 'Cabdi Xasan', phone: '+252 61 234 5678' });
    expect(abroad.errors).toBeUndefined();

    const page = await t.gql<{ contactOrganisation: Contact }>(`query($id: ID!) { contactOrganisation(id: $id) { ${FIELDS} } }`, { id: contact.id }, { token: w.supervisor.token });
    expect(page.data?.contactOrganisation.people.map((p) => p.name)).toEqual(['Cabdi Xasan', 'Faadumo Cali']);

    const personId = local.data!.addContactPerson.id;
    const edited = await t.gql<{ updateContactPerson: { name: string; version: number } }>(
      'mutation($input: UpdateContactPersonInput!) { updateContactPerson(input: $input) { name version } }',
      { input: { id: personId, version: 1, name: 'Faadumo Cali Maxamed', phone: '+46 8 508 000 00' } },
      { token: w.caseworker.token },
    );
    expect(edited.data?.updateContactPerson).toEqual({ name: 'Faadumo Cali Maxamed', version: 2 });

    const removed = await t.gql<{ removeContactPerson: Contact }>(`mutation($id: ID!) { removeContactPerson(id: $id) { ${FIELDS} } }`, { id: personId }, { token: w.caseworker.token });
    expect(removed.data?.removeContactPerson.people.map((p) => p.name)).toEqual(['Cabdi Xasan']);
    expect(await t.owner('SELECT 1 FROM contact_person WHERE id = $1', [personId])).toHaveLength(0);

    const events = await t.owner<{ action: string; entity_id: string | null; details: Record<string, unknown> }>(
      `SELECT action, entity_id, details FROM audit_event WHERE organisation_id = $1 AND entity_type = 'contact_person' ORDER BY id`,
      [w.stockholm.id],
    );
    const actions = events.filter((e) => e.entity_id === personId || JSON.stringify(e.details).includes(personId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['contact_person.add', 'contact_person.update', 'contact_person.remove']));
    // The supervisor's read of the page is in the trail, naming each person read.
    const reads = events.filter((e) => e.action === 'contact_person.read' && JSON.stringify(e).includes(personId));
    expect(reads.length).toBeGreaterThan(0);
    // No personal data of the person in the trail's details.
    expect(JSON.stringify(events)).not.toContain('Faadumo');
  });
});

describe('the list', () => {
  it('filters by kind, country of focus, status and district, and finds names without diacritics or with other separators', async () => {
    const tag = unique('Tag').replaceAll(' ', '');
    const hodzic = await created(w.coordinator, { name: `Udruženje Hodžić ${tag}`, focusCountries: ['BA'], district: 'Skärholmen', status: 'COOPERATING' });
    const obaidi = await created(w.coordinator, { name: `Al-Obaidi Society ${tag}`, focusCountries: ['IQ'], district: 'Järva' });
    const iom = await created(w.coordinator, { name: `IOM ${tag}`, kind: 'INTERNATIONAL_ORGANISATION', focusCountries: ['IQ', 'SO'] });
    const ids = async (filter: Record<string, unknown>) => (await list(w.caseworker, { text: tag, ...filter })).edges.map((e) => e.node.id).sort();
    expect(await ids({})).toEqual([hodzic.id, obaidi.id, iom.id].sort());
    expect(await ids({ text: `udruzenje hodzic ${tag}` })).toEqual([hodzic.id]);
    expect(await ids({ text: `Al Obaidi` })).toContain(obaidi.id);
    expect(await ids({ text: `ALOBAIDI` })).toEqual([]);
    expect(await ids({ kind: 'INTERNATIONAL_ORGANISATION' })).toEqual([iom.id]);
    expect(await ids({ country: 'iq' })).toEqual([obaidi.id, iom.id].sort());
    expect(await ids({ status: 'COOPERATING' })).toEqual([hodzic.id]);
    expect(await ids({ district: 'skarholmen' })).toEqual([hodzic.id]);
    const districts = await t.gql<{ contactDistricts: string[] }>('{ contactDistricts }', {}, { token: w.caseworker.token });
    expect(districts.data?.contactDistricts).toEqual(expect.arrayContaining(['Järva', 'Skärholmen']));
    const wildcard = await list(w.caseworker, { text: '%' });
    expect(wildcard.totalCount).toBeGreaterThan(0);
  });

  it('pages in name order, each entry once, with the total', async () => {
    const tag = unique('Paging').replaceAll(' ', '');
    const names = ['Cedar', 'Acacia', 'Ćamil', 'Baobab', 'Date palm'].map((n) => `${tag} ${n}`);
    for (const name of names) await created(w.gothenburgCaseworker, { name, kind: 'OTHER' });
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(w.gothenburgCaseworker, { text: tag }, 2, after);
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['Acacia', 'Baobab', 'Cedar', 'Ćamil', 'Date palm'].map((n) => `${tag} ${n}`).sort((a, b) => a.localeCompare(b, 'en')));
    const forged = await t.gql('query { contactOrganisations(first: 2, after: "bm90IGEgY3Vyc29y") { totalCount } }', {}, { token: w.gothenburgCaseworker.token });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
