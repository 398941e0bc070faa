import { describe, expect, it } from 'vitest';
import { referralWorld, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/** Outreach activities and staff consultations (issue 12, points 2 and 3). */
let t: TestApp;
let w: ReferralWorld;

worldForFile(referralWorld, (started) => ({ t, w } = started));

const ACTIVITY = `id kind heldOn title focusCountries languages topics participantsWomen participantsMen participantsUnder18 participants version
  contacts { id } people { id name } heldBy { id } followUpTask { description dueOn doneAt owner { id } }`;

let entries = 0;

async function contact(by: Person, kind = 'IMMIGRANT_ASSOCIATION') {
  const created = await t.gql<{ createContactOrganisation: { id: string } }>(
    'mutation($name: String!, $kind: ContactKind!) { createContactOrganisation(input: { name: $name, kind: $kind, focusCountries: ["SO"] }) { id } }',
    { name: `Somali Parents Network ${++entries}`, kind },
    { token: by.token },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createContactOrganisation.id;
  const person = await t.gql<{ addContactPerson: { id: string } }>(
    'mutation($id: ID!) { addContactPerson(input: { contactOrganisationId: $id, name: "Hodan Warsame" }) { id } }',
    { id },
    { token: by.token },
  );
  return { id, personId: person.data!.addContactPerson.id };
}

async function record(by: Person, input: Record<string, unknown>) {
  return t.gql<{ recordOutreachActivity: Record<string, unknown> & { id: string; version: number } }>(
    `mutation($input: RecordOutreachActivityInput!) { recordOutreachActivity(input: $input) { ${ACTIVITY} } }`,
    { input: { kind: 'INFORMATION_MEETING', heldOn: '2026-10-14', title: 'Information evening', ...input } },
    { token: by.token },
  );
}

describe('an outreach activity', () => {
  it('is recorded with the associations, persons and staff involved, and a follow-up', async () => {
    const somali = await contact(w.caseworker);
    const recorded = await record(w.caseworker, {
      contactOrganisationIds: [somali.id],
      contactPersonIds: [somali.personId],
      heldByIds: [w.caseworker.id, w.supervisor.id],
      focusCountries: ['so'],
      languages: ['so', 'sv'],
      topics: ['RETURN_SUPPORT', 'COUNTRY_SITUATION'],
      participantsWomen: 14,
      participantsMen: 9,
      participantsUnder18: 3,
      followUp: { description: 'Send the brochure in Somali.', dueOn: '2026-10-21', ownerId: w.supervisor.id },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordOutreachActivity).toMatchObject({
      focusCountries: ['SO'],
      participants: 23,
      contacts: [{ id: somali.id }],
      people: [{ id: somali.personId, name: 'Hodan Warsame' }],
      followUpTask: { description: 'Send the brochure in Somali.', dueOn: '2026-10-21', doneAt: null, owner: { id: w.supervisor.id } },
    });
    expect((recorded.data?.recordOutreachActivity.heldBy as Array<{ id: string }>).map((s) => s.id).sort()).toEqual([w.caseworker.id, w.supervisor.id].sort());

    // The contact's timeline lists it; removing the contact now archives it.
    const timeline = await t.gql<{ outreachActivities: { edges: Array<{ node: { id: string } }> } }>(
      'query($id: ID!) { outreachActivities(first: 10, filter: { contactOrganisationId: $id }) { edges { node { id } } } }',
      { id: somali.id },
      { token: w.caseworker.token },
    );
    expect(timeline.data?.outreachActivities.edges.map((e) => e.node.id)).toEqual([recorded.data!.recordOutreachActivity.id]);
    const removed = await t.gql('mutation($id: ID!) { removeContactOrganisation(id: $id) { archived } }', { id: somali.id }, { token: w.caseworker.token });
    expect(removed.data).toEqual({ removeContactOrganisation: { archived: true } });

    // Marking the follow-up done; a second time is refused.
    const id = recorded.data!.recordOutreachActivity.id;
    const done = await t.gql<{ completeOutreachFollowUp: { followUpTask: { doneAt: string | null } } }>(
      'mutation($id: ID!) { completeOutreachFollowUp(id: $id) { followUpTask { doneAt } } }',
      { id },
      { token: w.supervisor.token },
    );
    expect(done.data?.completeOutreachFollowUp.followUpTask.doneAt).not.toBeNull();
    const again = await t.gql('mutation($id: ID!) { completeOutreachFollowUp(id: $id) { id } }', { id }, { token: w.supervisor.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses what does not add up, naming the field, and writes nothing', async () => {
    const somali = await contact(w.caseworker);
    const other = await contact(w.caseworker);
    const gothenburgs = await contact(w.gothenburgCaseworker);
    const before = await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM outreach_activity');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ contactOrganisationIds: [gothenburgs.id] }, 'contactOrganisationIds'],
      [{ contactOrganisationIds: ['not-a-uuid'] }, 'contactOrganisationIds.0'],
      [{ contactOrganisationIds: [somali.id], contactPersonIds: [other.personId] }, 'contactPersonIds'],
      [{ heldByIds: [w.gothenburgCaseworker.id] }, 'heldByIds'],
      [{ followUp: { description: 'x', dueOn: '2026-12-01', ownerId: w.baghdadCaseworker.id } }, 'followUp.ownerId'],
      [{ participantsWomen: 2, participantsMen: 1, participantsUnder18: 5 }, 'participantsUnder18'],
      [{ participantsWomen: -1 }, 'participantsWomen'],
      [{ heldOn: '2099-01-01' }, 'heldOn'],
      [{ title: '' }, 'title'],
      [{ focusCountries: ['ZZ'] }, 'focusCountries'],
    ];
    for (const [input, field] of cases) {
      const response = await record(w.caseworker, input);
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM outreach_activity')).toEqual(before);
  });

  it('is edited by version (links replaced; a changed follow-up is open again) and deleted', async () => {
    const a = await contact(w.caseworker);
    const b = await contact(w.caseworker);
    const recorded = await record(w.caseworker, { contactOrganisationIds: [a.id], followUp: { description: 'Call back.', dueOn: '2026-11-01', ownerId: w.caseworker.id } });
    const id = recorded.data!.recordOutreachActivity.id;
    await t.gql('mutation($id: ID!) { completeOutreachFollowUp(id: $id) { id } }', { id }, { token: w.caseworker.token });
    const update = (version: number) =>
      t.gql<{ updateOutreachActivity: { version: number; contacts: Array<{ id: string }>; followUpTask: { dueOn: string; doneAt: string | null } } }>(
        `mutation($input: UpdateOutreachActivityInput!) { updateOutreachActivity(input: $input) { ${ACTIVITY} } }`,
        {
          input: {
            id,
            version,
            kind: 'VISIT',
            heldOn: '2026-10-15',
            title: 'Visit',
            contactOrganisationIds: [b.id],
            followUp: { description: 'Call back.', dueOn: '2026-11-08', ownerId: w.caseworker.id },
          },
        },
        { token: w.caseworker.token },
      );
    const updated = await update(2);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateOutreachActivity).toMatchObject({ version: 3, contacts: [{ id: b.id }], followUpTask: { dueOn: '2026-11-08', doneAt: null } });
    expect((await update(2)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const deleted = await t.gql('mutation($id: ID!) { deleteOutreachActivity(id: $id) }', { id }, { token: w.caseworker.token });
    expect(deleted.data).toEqual({ deleteOutreachActivity: id });
    expect(await t.owner('SELECT 1 FROM outreach_activity_contact WHERE activity_id = $1', [id])).toHaveLength(0);
  });

  it('lists newest first, by page, filtered by kind, country and period', async () => {
    const tag = `List ${++entries}`;
    for (const [heldOn, kind, country] of [
      ['2026-01-10', 'VISIT', 'IQ'],
      ['2026-03-05', 'PHONE_CALL', 'SO'],
      ['2026-02-20', 'VISIT', 'SO'],
    ]) {
      expect((await record(w.gothenburgCoordinator, { title: `${tag} ${heldOn}`, heldOn, kind, focusCountries: [country] })).errors).toBeUndefined();
    }
    const list = async (filter: Record<string, unknown>, first = 10, after?: string) =>
      (
        await t.gql<{ outreachActivities: { totalCount: number; edges: Array<{ node: { heldOn: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
          'query($filter: OutreachFilter, $first: Int!, $after: String) { outreachActivities(filter: $filter, first: $first, after: $after) { totalCount edges { node { heldOn } } pageInfo { endCursor hasNextPage } } }',
          { filter, first, after },
          { token: w.gothenburgCaseworker.token },
        )
      ).data!.outreachActivities;
    const firstPage = await list({}, 2);
    expect(firstPage.totalCount).toBe(3);
    expect(firstPage.edges.map((e) => e.node.heldOn)).toEqual(['2026-03-05', '2026-02-20']);
    expect((await list({}, 2, firstPage.pageInfo.endCursor)).edges.map((e) => e.node.heldOn)).toEqual(['2026-01-10']);
    expect((await list({ kind: 'VISIT', country: 'so' })).edges.map((e) => e.node.heldOn)).toEqual(['2026-02-20']);
    expect((await list({ from: '2026-02-01', to: '2026-02-28' })).edges.map((e) => e.node.heldOn)).toEqual(['2026-02-20']);
  });

  it("a contact's timeline: only its activities, each once, newest first, by page, with the other filters", async () => {
    const [mine, other] = [(await contact(w.caseworker)).id, (await contact(w.caseworker)).id];
    const ids: Record<string, string> = {};
    for (const [heldOn, kind, contacts] of [
      ['2025-05-01', 'VISIT', [mine]],
      ['2025-07-01', 'PHONE_CALL', [mine, other]],
      ['2025-06-01', 'VISIT', [other]],
      ['2025-08-01', 'VISIT', [other, mine]],
    ] as const) {
      const recorded = await record(w.caseworker, { heldOn, kind, contactOrganisationIds: contacts });
      expect(recorded.errors).toBeUndefined();
      ids[heldOn] = recorded.data!.recordOutreachActivity.id;
    }
    const timeline = async (filter: Record<string, unknown>, first = 10, after?: string) =>
      (
        await t.gql<{ outreachActivities: { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
          'query($filter: OutreachFilter, $first: Int!, $after: String) { outreachActivities(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }',
          { filter: { contactOrganisationId: mine, ...filter }, first, after },
          { token: w.caseworker.token },
        )
      ).data!.outreachActivities;
    const page = await timeline({}, 2);
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.id)).toEqual([ids['2025-08-01'], ids['2025-07-01']]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await timeline({}, 2, page.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.id)).toEqual([ids['2025-05-01']]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const visits = await timeline({ kind: 'VISIT' });
    expect([visits.totalCount, visits.edges.map((e) => e.node.id)]).toEqual([2, [ids['2025-08-01'], ids['2025-05-01']]]);
    // Another organisation's caseworker asking for this contact's timeline gets nothing.
    const foreign = await t.gql<{ outreachActivities: { totalCount: number } }>(
      'query($id: ID!) { outreachActivities(first: 10, filter: { contactOrganisationId: $id }) { totalCount } }',
      { id: mine },
      { token: w.gothenburgCaseworker.token },
    );
    expect(foreign.data?.outreachActivities.totalCount).toBe(0);
  });
});

describe('a staff consultation', () => {
  it('is recorded for a department of the directory or a named one, never both missing; trainings count participants', async () => {
    const socialServices = (await contact(w.caseworker, 'CITY_DEPARTMENT')).id;
    const association = (await contact(w.caseworker)).id;
    const recordConsultation = (input: Record<string, unknown>) =>
      t.gql<{ recordStaffConsultation: { id: string; channel: string; participants: number | null; departmentContact: { id: string } | null; department: string | null } }>(
        'mutation($input: RecordStaffConsultationInput!) { recordStaffConsultation(input: $input) { id channel participants department departmentContact { id } } }',
        { input: { heldOn: '2026-11-02', channel: 'PHONE', topic: 'RETURN_SUPPORT', question: 'Who may have the return grant?', ...input } },
        { token: w.caseworker.token },
      );
    const byDirectory = await recordConsultation({ departmentContactId: socialServices, district: 'Spånga-Tensta', minutesSpent: 20 });
    expect(byDirectory.data?.recordStaffConsultation).toMatchObject({ departmentContact: { id: socialServices }, department: null });
    const training = await recordConsultation({ department: 'Vuxenutbildningen', channel: 'TRAINING', participants: 18, country: 'iq' });
    expect(training.data?.recordStaffConsultation).toMatchObject({ channel: 'TRAINING', participants: 18 });
    expect((await recordConsultation({})).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'department' });
    expect((await recordConsultation({ departmentContactId: association })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentContactId' });
    expect((await recordConsultation({ department: 'Skola', participants: 3 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants' });

    const listed = await t.gql<{ staffConsultations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      'query($id: ID!) { staffConsultations(first: 10, filter: { departmentContactId: $id }) { totalCount edges { node { id } } } }',
      { id: socialServices },
      { token: w.supervisor.token },
    );
    expect(listed.data?.staffConsultations.edges.map((e) => e.node.id)).toEqual([byDirectory.data!.recordStaffConsultation.id]);
    const trainings = await t.gql<{ staffConsultations: { totalCount: number } }>('{ staffConsultations(first: 10, filter: { channel: TRAINING }) { totalCount } }', {}, { token: w.supervisor.token });
    expect(trainings.data?.staffConsultations.totalCount).toBe(1);
  });
});

describe("the owner's worklist", () => {
  it('lists open outreach and consultation follow-ups due within a week or overdue, soonest first, until done', async () => {
    const owner = w.coordinator;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const overdue = await record(w.caseworker, { title: 'Overdue follow-up', followUp: { description: 'Send the minutes.', dueOn: day(-3), ownerId: owner.id } });
    await record(w.caseworker, { title: 'Far follow-up', followUp: { description: 'Plan next year.', dueOn: day(40), ownerId: owner.id } });
    await record(w.caseworker, { title: 'Someone else’s', followUp: { description: 'Not theirs.', dueOn: day(1), ownerId: w.supervisor.id } });
    const consultation = await t.gql<{ recordStaffConsultation: { id: string } }>(
      'mutation($input: RecordStaffConsultationInput!) { recordStaffConsultation(input: $input) { id } }',
      { input: { heldOn: day(-1), department: 'Socialtjänsten', channel: 'PHONE', topic: 'OTHER', question: 'q', followUp: { description: 'Call back.', dueOn: day(2), ownerId: owner.id } } },
      { token: w.caseworker.token },
    );
    const worklist = async (person: Person) =>
      (
        await t.gql<{ myWorklist: { outreachFollowUpsDue: { totalCount: number; edges: Array<{ node: { overdue: boolean; task: { description: string }; activity: { id: string } | null; consultation: { id: string } | null } }> } } }>(
          '{ myWorklist { outreachFollowUpsDue(first: 10) { totalCount edges { node { overdue task { description } activity { id } consultation { id } } } } } }',
          {},
          { token: person.token },
        )
      ).data!.myWorklist.outreachFollowUpsDue;
    const mine = await worklist(owner);
    expect(mine.edges.map((e) => [e.node.task.description, e.node.overdue])).toEqual([
      ['Send the minutes.', true],
      ['Call back.', false],
    ]);
    expect(mine.edges[0]!.node.activity?.id).toBe(overdue.data!.recordOutreachActivity.id);
    expect(mine.edges[1]!.node.consultation?.id).toBe(consultation.data!.recordStaffConsultation.id);
    await t.gql('mutation($id: ID!) { completeOutreachFollowUp(id: $id) { id } }', { id: overdue.data!.recordOutreachActivity.id }, { token: owner.token });
    expect((await worklist(owner)).edges.map((e) => e.node.task.description)).toEqual(['Call back.']);
    expect((await worklist(w.analyst)).totalCount).toBe(0);
  });
});

describe('a follow-up falling due', () => {
  it('notifies its owner once, in their language, with a link to the start page; done or far off, nobody', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const owner = w.baghdadCaseworker; // Arabic
    const due = await record(owner, { title: 'زيارة الجمعية', followUp: { description: 'إرسال المحضر', dueOn: day(1), ownerId: owner.id } });
    const far = await record(owner, { title: 'Later', followUp: { description: 'Not yet', dueOn: day(30), ownerId: owner.id } });
    const done = await record(owner, { title: 'Done', followUp: { description: 'Already done', dueOn: day(-1), ownerId: owner.id } });
    await t.gql('mutation($id: ID!) { completeOutreachFollowUp(id: $id) { id } }', { id: done.data!.recordOutreachActivity.id }, { token: owner.token });
    expect(far.errors).toBeUndefined();
    const [{ n: first }] = await t.owner<{ n: number }>('SELECT app_notify_outreach_follow_ups() AS n');
    const [{ n: again }] = await t.owner<{ n: number }>('SELECT app_notify_outreach_follow_ups() AS n');
    // Other tests of this file leave follow-ups due for other people; each is sent once.
    expect(first).toBeGreaterThanOrEqual(1);
    expect(again).toBe(0);
    const listed = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; title: string; body: string; link: string | null } }> } }>(
      '{ notifications(first: 10) { edges { node { kind title body link } } } }',
      {},
      { token: owner.token },
    );
    const mine = listed.data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'OUTREACH_FOLLOW_UP_DUE');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ title: 'متابعة مستحقة', link: '/' });
    expect(mine[0]!.body).toContain('إرسال المحضر');
    expect(due.errors).toBeUndefined();
  });
});
