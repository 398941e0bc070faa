import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acceptedCase, createCase, createContactEntry, recordConsultation, recordMeeting, referralWorld, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * A case's source (issue 12, point 4): how the returnee came to the office. It is set and changed
 * with the case, must fit its kind, names only the organisation's own directory entries, activities
 * and consultations (NOT_FOUND through the API, refused by the composite foreign keys in SQL), is
 * shown to the owner only, and its changes are audited.
 */
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const SOURCE = 'source { kind contactOrganisation { id name } outreachActivity { id title } staffConsultation { id question } }';
const contact = (viewer: Person, kind?: string) => createContactEntry(t, viewer.token, kind);
const activity = (viewer: Person, contactId: string) => recordMeeting(t, viewer.token, contactId);
const consultation = (viewer: Person) => recordConsultation(t, viewer.token);

async function update(viewer: Person, caseId: string, source: unknown) {
  const version = (await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [caseId]))[0]!.version;
  return t.gql<{ updateCase: { source: { kind: string } | null } }>(
    `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id ${SOURCE} } }`,
    { input: { id: caseId, version, source } },
    { token: viewer.token },
  );
}

async function stored(caseId: string) {
  const [row] = await t.owner('SELECT source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id FROM referral_case WHERE id = $1', [caseId]);
  return row;
}

describe('setting and changing the source', () => {
  it('a case is opened attributed to an outreach activity, then changed to an association, a city department and cleared; each change is audited', async () => {
    const association = await contact(w.caseworker);
    const meeting = await activity(w.caseworker, association);
    const created = await t.gql<{ createCase: { id: string; source: unknown } }>(
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { id ${SOURCE} } }`,
      {
        input: {
          returnee: { firstName: 'Hodan', lastName: 'Warsame', sex: 'FEMALE', documentLanguage: 'so', languages: ['so'] },
          destinationCountry: 'SO',
          destinationPlace: 'Hargeisa',
          source: { kind: 'OUTREACH_ACTIVITY', outreachActivityId: meeting },
        },
      },
      { token: w.caseworker.token },
    );
    expect(created.errors).toBeUndefined();
    const caseId = created.data!.createCase.id;
    expect(created.data!.createCase.source).toEqual({
      kind: 'OUTREACH_ACTIVITY',
      contactOrganisation: null,
      outreachActivity: { id: meeting, title: 'Evening on return' },
      staffConsultation: null,
    });

    const toAssociation = await update(w.caseworker, caseId, { kind: 'ASSOCIATION', contactOrganisationId: association });
    expect(toAssociation.errors).toBeUndefined();
    expect(toAssociation.data!.updateCase.source).toMatchObject({ kind: 'ASSOCIATION', contactOrganisation: { id: association }, outreachActivity: null });

    const asked = await consultation(w.caseworker);
    const department = await contact(w.caseworker, 'CITY_DEPARTMENT');
    const toDepartment = await update(w.supervisor, caseId, { kind: 'CITY_DEPARTMENT', staffConsultationId: asked, contactOrganisationId: department });
    expect(toDepartment.errors).toBeUndefined();
    expect(toDepartment.data!.updateCase.source).toMatchObject({ kind: 'CITY_DEPARTMENT', contactOrganisation: { id: department }, staffConsultation: { id: asked } });

    // Absent: kept; null: not recorded.
    const kept = await t.gql<{ updateCase: { source: { kind: string } } }>(
      'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { source { kind } } }',
      { input: { id: caseId, version: (await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [caseId]))[0]!.version, destinationPlace: 'Burao' } },
      { token: w.caseworker.token },
    );
    expect(kept.data!.updateCase.source.kind).toBe('CITY_DEPARTMENT');
    const cleared = await update(w.caseworker, caseId, null);
    expect(cleared.data!.updateCase.source).toBeNull();
    expect(await stored(caseId)).toEqual({ source_kind: null, source_contact_id: null, source_outreach_activity_id: null, source_consultation_id: null });

    const events = await t.owner<{ action: string; details: { source?: unknown; changed?: string[] } }>(
      `SELECT action, details FROM audit_event WHERE entity_type = 'case' AND entity_id = $1 AND action IN ('case.create', 'case.update') ORDER BY id`,
      [caseId],
    );
    expect(events.map((e) => [e.action, e.details.source])).toEqual([
      ['case.create', 'OUTREACH_ACTIVITY'],
      ['case.update', { from: 'OUTREACH_ACTIVITY', to: 'ASSOCIATION' }],
      ['case.update', { from: 'ASSOCIATION', to: 'CITY_DEPARTMENT' }],
      ['case.update', undefined],
      ['case.update', { from: 'CITY_DEPARTMENT', to: null }],
    ]);
    expect(events[1]!.details.changed).toContain('source');
  });

  it('on their own names nothing; an authority may name an authority of the directory', async () => {
    const { id } = await createCase(t, w.caseworker.token, { source: { kind: 'OWN_INITIATIVE' } });
    expect(await stored(id)).toMatchObject({ source_kind: 'OWN_INITIATIVE', source_contact_id: null });
    const agency = await contact(w.caseworker, 'AUTHORITY');
    const response = await update(w.caseworker, id, { kind: 'AUTHORITY', contactOrganisationId: agency });
    expect(response.errors).toBeUndefined();
    expect(await stored(id)).toMatchObject({ source_kind: 'AUTHORITY', source_contact_id: agency });
  });
});

describe('bad sources are refused, naming the field, and change nothing', () => {
  it('references that do not fit the kind, missing ones, and an entry of the wrong kind', async () => {
    const association = await contact(w.caseworker);
    const authority = await contact(w.caseworker, 'AUTHORITY');
    const meeting = await activity(w.caseworker, association);
    const asked = await consultation(w.caseworker);
    const { id } = await createCase(t, w.caseworker.token);
    const attempts: Array<[unknown, string, string]> = [
      [{ kind: 'ASSOCIATION' }, 'source.contactOrganisationId', 'Choose the association the returnee came through.'],
      [{ kind: 'OUTREACH_ACTIVITY' }, 'source.outreachActivityId', 'Choose the outreach activity the returnee came through.'],
      [{ kind: 'OUTREACH_ACTIVITY', outreachActivityId: meeting, contactOrganisationId: association }, 'source.contactOrganisationId', 'This does not fit'],
      [{ kind: 'ASSOCIATION', contactOrganisationId: association, outreachActivityId: meeting }, 'source.outreachActivityId', 'This does not fit'],
      [{ kind: 'OWN_INITIATIVE', staffConsultationId: asked }, 'source.staffConsultationId', 'This does not fit'],
      [{ kind: 'AUTHORITY', staffConsultationId: asked }, 'source.staffConsultationId', 'This does not fit'],
      [{ kind: 'ASSOCIATION', contactOrganisationId: authority }, 'source.contactOrganisationId', 'Choose a directory entry that fits the source'],
      [{ kind: 'AUTHORITY', contactOrganisationId: association }, 'source.contactOrganisationId', 'Choose a directory entry that fits the source'],
      [{ kind: 'CITY_DEPARTMENT', contactOrganisationId: association }, 'source.contactOrganisationId', 'Choose a directory entry that fits the source'],
      [{ kind: 'NOT_A_KIND' }, '', ''],
    ];
    for (const [source, field, message] of attempts) {
      const response = await update(w.caseworker, id, source);
      const error = response.errors?.[0];
      expect(error?.extensions?.code, JSON.stringify(source)).toBe('BAD_USER_INPUT');
      if (field) expect(error?.extensions?.field, JSON.stringify(source)).toBe(field);
      if (message) expect(error?.message, JSON.stringify(source)).toContain(message);
    }
    expect(await stored(id)).toMatchObject({ source_kind: null });
  });

  it('another organisation’s entry, activity or consultation answers exactly as a random id: NOT_FOUND', async () => {
    const gothenburgAssociation = await contact(w.gothenburgCaseworker);
    const gothenburgMeeting = await activity(w.gothenburgCaseworker, gothenburgAssociation);
    const gothenburgConsultation = await consultation(w.gothenburgCaseworker);
    const { id } = await createCase(t, w.caseworker.token);
    const pairs: Array<[Record<string, string>, Record<string, string>]> = [
      [{ kind: 'ASSOCIATION', contactOrganisationId: gothenburgAssociation }, { kind: 'ASSOCIATION', contactOrganisationId: randomUUID() }],
      [{ kind: 'OUTREACH_ACTIVITY', outreachActivityId: gothenburgMeeting }, { kind: 'OUTREACH_ACTIVITY', outreachActivityId: randomUUID() }],
      [{ kind: 'CITY_DEPARTMENT', staffConsultationId: gothenburgConsultation }, { kind: 'CITY_DEPARTMENT', staffConsultationId: randomUUID() }],
    ];
    for (const [theirs, random] of pairs) {
      const real = await update(w.caseworker, id, theirs);
      const fake = await update(w.caseworker, id, random);
      expect(real.errors?.[0]?.extensions, JSON.stringify(theirs)).toMatchObject({ code: 'NOT_FOUND' });
      expect({ data: real.data, message: real.errors?.[0]?.message, code: real.errors?.[0]?.extensions?.code, field: real.errors?.[0]?.extensions?.field }).toEqual({
        data: fake.data,
        message: fake.errors?.[0]?.message,
        code: fake.errors?.[0]?.extensions?.code,
        field: fake.errors?.[0]?.extensions?.field,
      });
    }
    // Not even an id that is no UUID gets further.
    const garbled = await update(w.caseworker, id, { kind: 'ASSOCIATION', contactOrganisationId: 'not-an-id' });
    expect(garbled.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    const creating = await t.gql('mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }', {
      input: {
        returnee: { firstName: 'Ali', lastName: 'Hassan', sex: 'MALE', documentLanguage: 'ar', languages: ['ar'] },
        destinationCountry: 'IQ',
        destinationPlace: 'Basra',
        source: { kind: 'ASSOCIATION', contactOrganisationId: gothenburgAssociation },
      },
    }, { token: w.caseworker.token });
    expect(creating.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await stored(id)).toMatchObject({ source_kind: null });
  });

  it('in SQL as the application role, a case cannot name another organisation’s rows (the composite foreign keys), nor a reference that does not fit its kind', async () => {
    const gothenburgAssociation = await contact(w.gothenburgCaseworker);
    const gothenburgMeeting = await activity(w.gothenburgCaseworker, gothenburgAssociation);
    const gothenburgConsultation = await consultation(w.gothenburgCaseworker);
    const ownAssociation = await contact(w.caseworker);
    const ownMeeting = await activity(w.caseworker, ownAssociation);
    const { id } = await createCase(t, w.caseworker.token);
    const insert = `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place,
                                               created_by_user_id, source_kind, source_contact_id, source_outreach_activity_id)
                    VALUES ($1, $2, 2001, $3, $4, 'IQ', 'Mosul', $4, $5, $6, $7)`;
    const number = () => [`SRC-${randomUUID().slice(0, 8)}`, Math.floor(Math.random() * 1_000_000) + 1];
    await t.asAppRole({ organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, async (sql) => {
      const set = 'UPDATE referral_case SET source_kind = $2, source_contact_id = $3, source_outreach_activity_id = $4, source_consultation_id = $5 WHERE id = $1';
      expect(await sql.attempt(set, [id, 'ASSOCIATION', gothenburgAssociation, null, null])).toBe('23503');
      expect(await sql.attempt(set, [id, 'OUTREACH_ACTIVITY', null, gothenburgMeeting, null])).toBe('23503');
      expect(await sql.attempt(set, [id, 'CITY_DEPARTMENT', null, null, gothenburgConsultation])).toBe('23503');
      expect(await sql.attempt(insert, [w.stockholm.id, ...number(), w.caseworker.id, 'ASSOCIATION', gothenburgAssociation, null])).toBe('23503');
      // The kind decides what may be named.
      expect(await sql.attempt(set, [id, 'ASSOCIATION', null, null, null])).toBe('23514');
      expect(await sql.attempt(set, [id, 'OWN_INITIATIVE', ownAssociation, null, null])).toBe('23514');
      expect(await sql.attempt(set, [id, null, null, ownMeeting, null])).toBe('23514');
      // …and the organisation's own rows are fine.
      expect(await sql.attempt(set, [id, 'OUTREACH_ACTIVITY', null, ownMeeting, null])).toBe('ok 1');
      expect(await sql.attempt(insert, [w.stockholm.id, ...number(), w.caseworker.id, 'ASSOCIATION', ownAssociation, null])).toBe('ok 1');
    });
  });
});

describe('who sees the source', () => {
  it('a partner reading a referred case gets null; the owner sees it', async () => {
    const association = await contact(w.caseworker);
    const referred = await acceptedCase(t, w);
    expect((await update(w.caseworker, referred.caseId, { kind: 'ASSOCIATION', contactOrganisationId: association })).errors).toBeUndefined();
    const query = `query($id: ID!) { case(id: $id) { id viewerIsOwner ${SOURCE} } }`;
    const partner = await t.gql<{ case: { viewerIsOwner: boolean; source: unknown } }>(query, { id: referred.caseId }, { token: w.baghdadCaseworker.token });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.case).toMatchObject({ viewerIsOwner: false, source: null });
    const owner = await t.gql<{ case: { source: unknown } }>(query, { id: referred.caseId }, { token: w.coordinator.token });
    expect(owner.data!.case.source).toMatchObject({ kind: 'ASSOCIATION', contactOrganisation: { id: association } });
  });
});

describe('what a case names stays', () => {
  it('an activity or consultation a case names is not deleted (CONFLICT); a directory entry it names is archived instead of deleted', async () => {
    const association = await contact(w.caseworker);
    const meeting = await activity(w.caseworker, association);
    const asked = await consultation(w.caseworker);
    const department = await contact(w.caseworker, 'CITY_DEPARTMENT');
    await createCase(t, w.caseworker.token, { source: { kind: 'OUTREACH_ACTIVITY', outreachActivityId: meeting } });
    await createCase(t, w.caseworker.token, { source: { kind: 'CITY_DEPARTMENT', staffConsultationId: asked, contactOrganisationId: department } });
    const deleteActivity = await t.gql('mutation($id: ID!) { deleteOutreachActivity(id: $id) }', { id: meeting }, { token: w.caseworker.token });
    expect(deleteActivity.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(deleteActivity.errors?.[0]?.message).toContain('Change their source first');
    const deleteConsultation = await t.gql('mutation($id: ID!) { deleteStaffConsultation(id: $id) }', { id: asked }, { token: w.caseworker.token });
    expect(deleteConsultation.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const removeDepartment = await t.gql<{ removeContactOrganisation: { archived: boolean } }>(
      'mutation($id: ID!) { removeContactOrganisation(id: $id) { archived } }',
      { id: department },
      { token: w.caseworker.token },
    );
    expect(removeDepartment.errors).toBeUndefined();
    expect(removeDepartment.data!.removeContactOrganisation.archived).toBe(true);
  });
});
