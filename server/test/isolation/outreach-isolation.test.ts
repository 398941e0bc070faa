import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { outreachRecords, referralWorld, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Outreach activities and staff consultations in the isolation matrix: every operation on
 * Stockholm's records by another organisation answers as a random id does and changes nothing;
 * in SQL as the application role nothing shows and nothing can be written under them; analysts
 * of the owner are refused.
 */
let t: TestApp;
let w: ReferralWorld;

worldForFile(referralWorld, (started) => ({ t, w } = started));

const stockholmRecords = () => outreachRecords(t, w.caseworker.token);

type Target = Awaited<ReturnType<typeof stockholmRecords>>;
type Attempt = { name: string; run: (viewer: Person, x: Target) => Promise<{ data?: unknown; errors?: unknown }> };

const attempts: Attempt[] = [
  { name: 'outreachActivity(id)', run: (v, x) => t.gql('query($id: ID!) { outreachActivity(id: $id) { id title } }', { id: x.activityId }, { token: v.token }) },
  {
    name: 'updateOutreachActivity',
    run: (v, x) => t.gql('mutation($input: UpdateOutreachActivityInput!) { updateOutreachActivity(input: $input) { id } }', { input: { id: x.activityId, version: 1, kind: 'MEDIA', heldOn: '2026-09-01', title: 'Taken' } }, { token: v.token }),
  },
  { name: 'deleteOutreachActivity', run: (v, x) => t.gql('mutation($id: ID!) { deleteOutreachActivity(id: $id) }', { id: x.activityId }, { token: v.token }) },
  { name: 'completeOutreachFollowUp', run: (v, x) => t.gql('mutation($id: ID!) { completeOutreachFollowUp(id: $id) { id } }', { id: x.activityId }, { token: v.token }) },
  { name: 'staffConsultation(id)', run: (v, x) => t.gql('query($id: ID!) { staffConsultation(id: $id) { id question } }', { id: x.consultationId }, { token: v.token }) },
  {
    name: 'updateStaffConsultation',
    run: (v, x) =>
      t.gql('mutation($input: UpdateStaffConsultationInput!) { updateStaffConsultation(input: $input) { id } }', { input: { id: x.consultationId, version: 1, heldOn: '2026-09-02', department: 'x', channel: 'PHONE', topic: 'OTHER', question: 'Taken' } }, { token: v.token }),
  },
  { name: 'deleteStaffConsultation', run: (v, x) => t.gql('mutation($id: ID!) { deleteStaffConsultation(id: $id) }', { id: x.consultationId }, { token: v.token }) },
  { name: 'completeConsultationFollowUp', run: (v, x) => t.gql('mutation($id: ID!) { completeConsultationFollowUp(id: $id) { id } }', { id: x.consultationId }, { token: v.token }) },
  {
    name: 'recordOutreachActivity naming the entry',
    run: (v, x) => t.gql('mutation($id: ID!) { recordOutreachActivity(input: { kind: VISIT, heldOn: "2026-09-01", title: "Mine", contactOrganisationIds: [$id] }) { id } }', { id: x.contactId }, { token: v.token }),
  },
  {
    name: 'recordStaffConsultation naming the entry',
    run: (v, x) => t.gql('mutation($id: ID!) { recordStaffConsultation(input: { heldOn: "2026-09-02", departmentContactId: $id, channel: PHONE, topic: OTHER, question: "q" }) { id } }', { id: x.contactId }, { token: v.token }),
  },
];

async function snapshot(x: Target) {
  return t.owner(
    `SELECT (SELECT row_to_json(a) FROM outreach_activity a WHERE a.id = $1) AS activity,
            (SELECT row_to_json(s) FROM staff_consultation s WHERE s.id = $2) AS consultation,
            (SELECT count(*) FROM outreach_activity_contact l WHERE l.contact_organisation_id = $3) AS links`,
    [x.activityId, x.consultationId, x.contactId],
  );
}

describe('another organisation', () => {
  it('gets exactly what a random id gets from every operation, and changes nothing', async () => {
    const target = await stockholmRecords();
    const before = await snapshot(target);
    for (const viewer of [w.baghdadCaseworker, w.gothenburgCoordinator, w.prijedorCaseworker]) {
      for (const attempt of attempts) {
        const real = await attempt.run(viewer, target);
        const fake = await attempt.run(viewer, { contactId: randomUUID(), activityId: randomUUID(), consultationId: randomUUID() });
        expect(real.errors, `${attempt.name} by ${viewer.email}`).toBeDefined();
        expect({ data: real.data, errors: real.errors }, `${attempt.name} by ${viewer.email}`).toEqual({ data: fake.data, errors: fake.errors });
      }
      const lists = await t.gql<{ outreachActivities: { edges: Array<{ node: { id: string } }> }; staffConsultations: { edges: Array<{ node: { id: string } }> } }>(
        '{ outreachActivities(first: 100) { edges { node { id } } } staffConsultations(first: 100) { edges { node { id } } } }',
        {},
        { token: viewer.token },
      );
      expect(lists.data?.outreachActivities.edges.map((e) => e.node.id)).not.toContain(target.activityId);
      expect(lists.data?.staffConsultations.edges.map((e) => e.node.id)).not.toContain(target.consultationId);
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('in SQL as the application role: sees nothing, and cannot link its records to Stockholm’s entries or staff', async () => {
    const target = await stockholmRecords();
    const person = await t.gql<{ addContactPerson: { id: string } }>(
      'mutation($id: ID!) { addContactPerson(input: { contactOrganisationId: $id, name: "Rasha Hamid" }) { id } }',
      { id: target.contactId },
      { token: w.caseworker.token },
    );
    const stockholmPerson = person.data!.addContactPerson.id;
    const viewer = w.gothenburgCoordinator;
    await t.asAppRole({ organisationId: viewer.organisationId, userId: viewer.id, roles: ['CASEWORKER', 'COORDINATOR'] }, async (sql) => {
      for (const [table, column, id] of [
        ['outreach_activity', 'id', target.activityId],
        ['outreach_activity_contact', 'activity_id', target.activityId],
        ['outreach_activity_staff', 'activity_id', target.activityId],
        ['staff_consultation', 'id', target.consultationId],
      ] as const) {
        const [row] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
        expect(row!.n, table).toBe(0);
      }
      const [own] = await sql.rows<{ id: string }>(
        `INSERT INTO outreach_activity (organisation_id, kind, held_on, title, created_by_user_id) VALUES ($1, 'VISIT', '2026-09-03', 'Own', $2) RETURNING id`,
        [viewer.organisationId, viewer.id],
      );
      expect(await sql.attempt('INSERT INTO outreach_activity_contact (activity_id, contact_organisation_id, organisation_id) VALUES ($1, $2, $3)', [own!.id, target.contactId, viewer.organisationId])).toBe('42501');
      expect(await sql.attempt('INSERT INTO outreach_activity_staff (activity_id, user_id, organisation_id) VALUES ($1, $2, $3)', [own!.id, w.caseworker.id, viewer.organisationId])).toBe('42501');
      // …nor name Stockholm's contact person as having taken part.
      expect(await sql.attempt('INSERT INTO outreach_activity_person (activity_id, contact_person_id, organisation_id) VALUES ($1, $2, $3)', [own!.id, stockholmPerson, viewer.organisationId])).toBe('42501');
      expect(
        await sql.attempt(`INSERT INTO outreach_activity (organisation_id, kind, held_on, title, created_by_user_id, follow_up, follow_up_due_on, follow_up_owner_user_id)
                           VALUES ($1, 'VISIT', '2026-09-03', 'Own', $2, 'x', '2026-10-01', $3)`, [viewer.organisationId, viewer.id, w.caseworker.id]),
      ).toBe('42501');
      expect(
        await sql.attempt(`INSERT INTO staff_consultation (organisation_id, held_on, department_contact_id, channel, topic, question, created_by_user_id)
                           VALUES ($1, '2026-09-03', $2, 'PHONE', 'OTHER', 'q', $3)`, [viewer.organisationId, target.contactId, viewer.id]),
      ).toBe('42501');
      expect(await sql.attempt('UPDATE staff_consultation SET question = $2 WHERE id = $1', [target.consultationId, 'x'])).toBe('ok 0');
      expect(await sql.attempt('DELETE FROM outreach_activity WHERE id = $1', [target.activityId])).toBe('ok 0');
    });
  });
});

describe('inside the owner', () => {
  it('analysts are refused outreach and consultations (FORBIDDEN) and see none of it in SQL', async () => {
    const target = await stockholmRecords();
    for (const query of ['{ outreachActivities(first: 5) { totalCount } }', '{ staffConsultations(first: 5) { totalCount } }']) {
      const response = await t.gql(query, {}, { token: w.analyst.token });
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    await t.asAppRole({ organisationId: w.stockholm.id, userId: w.analyst.id, roles: ['ANALYST'] }, async (sql) => {
      const [row] = await sql.rows<{ n: number }>('SELECT (SELECT count(*) FROM outreach_activity WHERE id = $1) + (SELECT count(*) FROM staff_consultation WHERE id = $2) AS n', [
        target.activityId,
        target.consultationId,
      ]);
      expect(Number(row!.n)).toBe(0);
    });
  });
});
