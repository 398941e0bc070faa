import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { acceptedCase, supervisionWorld, createCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld & { supervisionAgreement: string };
worldForFile(supervisionWorld, (started) => ({ t, w } = started));

const CREATE = 'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id version notes } }';
const READ = `query($id: ID!) { supervisionSession(id: $id) {
  notes version viewerCanEdit viewerCanComment participants { name organisation { id } }
  notesHistory { notes changedBy { name } changedAt } actions { id description done owner { name } } comments { body author { name } }
  linkedCases { id number } } }`;

async function session(extra: Record<string, unknown> = {}) {
  const response = await t.gql<{ createSupervisionSession: { id: string; version: number } }>(
    CREATE,
    {
      input: {
        partnerId: w.baghdad.id,
        heldOn: new Date().toISOString().slice(0, 10),
        mode: 'VIDEO',
        topics: ['Home visits'],
        notes: 'First version.',
        participantIds: [w.baghdadCaseworker.id],
        actions: [{ description: 'Document the visit', ownerId: w.baghdadCaseworker.id, dueOn: `${new Date().getUTCFullYear() + 3}-01-01` }],
        ...extra,
      },
    },
    { token: w.supervisor.token },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createSupervisionSession;
}

describe('supervision sessions', () => {
  it('are visible to exactly the two organisations', async () => {
    const { id } = await session();
    for (const viewer of [w.supervisor, w.caseworker, w.coordinator, w.baghdadCaseworker, w.baghdadCoordinator]) {
      expect((await t.gql(READ, { id }, { token: viewer.token })).errors, viewer.email).toBeUndefined();
    }
    for (const viewer of [w.gothenburgCaseworker, w.gothenburgCoordinator, w.prijedorCaseworker]) {
      expect((await t.gql(READ, { id }, { token: viewer.token })).errors?.[0]?.extensions?.code, viewer.email).toBe('NOT_FOUND');
      const list = await t.gql<{ supervisionSessions: { totalCount: number } }>('{ supervisionSessions { totalCount } }', {}, { token: viewer.token });
      expect(list.data?.supervisionSessions.totalCount).toBe(0);
    }
  });

  it('in SQL too, in every table of the session', async () => {
    const { id } = await session();
    const counts = (organisation: string) =>
      t.asAppRole({ organisationId: organisation, roles: ['SUPERVISOR', 'CASEWORKER', 'PARTNER_CASEWORKER', 'COORDINATOR'] }, async (sql) => {
        const out: Record<string, number> = {};
        for (const table of ['supervision_session', 'supervision_participant', 'supervision_action', 'supervision_comment', 'supervision_note_revision', 'supervision_case_link']) {
          const column = table === 'supervision_session' ? 'id' : 'session_id';
          out[table] = (await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]))[0]!.n;
        }
        return out;
      });
    expect((await counts(w.baghdad.id)).supervision_session).toBe(1);
    expect((await counts(w.baghdad.id)).supervision_participant).toBe(2);
    expect(Object.values(await counts(w.gothenburg.id)).every((n) => n === 0)).toBe(true);
  });

  it('need a SUPERVISION agreement in force, and the partner loses sight of them when it ends', async () => {
    const refused = await t.gql(CREATE, { input: { partnerId: w.prijedor.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [] } }, { token: w.supervisor.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('AGREEMENT_MISSING');
    const { id } = await session();
    await t.owner(`UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2 WHERE id = $1`, [w.supervisionAgreement, w.baghdad.id]);
    try {
      expect((await t.gql(READ, { id }, { token: w.baghdadCaseworker.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(READ, { id }, { token: w.supervisor.token })).errors).toBeUndefined();
    } finally {
      await t.owner(`UPDATE cooperation_agreement SET terminated_at = NULL, terminated_by_organisation_id = NULL WHERE id = $1`, [w.supervisionAgreement]);
    }
  });

  it('notes keep their history when edited: who changed what, when; a stale edit is a CONFLICT', async () => {
    const { id, version } = await session();
    const update = 'mutation($input: UpdateSupervisionNotesInput!) { updateSupervisionNotes(input: $input) { notes version } }';
    const second = await t.gql<{ updateSupervisionNotes: { version: number } }>(update, { input: { sessionId: id, version, notes: 'Second version.' } }, { token: w.supervisor.token });
    expect(second.data?.updateSupervisionNotes).toEqual({ notes: 'Second version.', version: version + 1 });
    await t.gql(update, { input: { sessionId: id, version: version + 1, notes: 'Third version.' } }, { token: w.supervisor.token });
    const stale = await t.gql(update, { input: { sessionId: id, version, notes: 'Lost update' } }, { token: w.supervisor.token });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await t.gql<{ supervisionSession: { notes: string; notesHistory: Array<{ notes: string; changedBy: { name: string } }> } }>(READ, { id }, { token: w.baghdadCaseworker.token });
    expect(read.data?.supervisionSession.notes).toBe('Third version.');
    expect(read.data?.supervisionSession.notesHistory.map((r) => r.notes)).toEqual(['Second version.', 'First version.']);
    expect(new Set(read.data?.supervisionSession.notesHistory.map((r) => r.changedBy.name)).size).toBe(1);
    // The partner reads, never edits.
    const partnerEdit = await t.gql(update, { input: { sessionId: id, version: version + 2, notes: 'By the partner' } }, { token: w.baghdadCaseworker.token });
    expect(partnerEdit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('participants comment; others may not; action owners mark their actions done', async () => {
    const { id } = await session();
    const comment = 'mutation($input: AddSupervisionCommentInput!) { addSupervisionComment(input: $input) { body author { name } } }';
    expect((await t.gql(comment, { input: { sessionId: id, body: 'شكرًا' } }, { token: w.baghdadCaseworker.token })).errors).toBeUndefined();
    expect((await t.gql(comment, { input: { sessionId: id, body: 'Not a participant' } }, { token: w.baghdadCoordinator.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await t.gql<{ supervisionSession: { actions: Array<{ id: string }>; comments: Array<{ body: string }> } }>(READ, { id }, { token: w.supervisor.token });
    expect(read.data?.supervisionSession.comments.map((c) => c.body)).toEqual(['شكرًا']);
    const actionId = read.data!.supervisionSession.actions[0]!.id;
    const done = 'mutation($id: ID!) { setSupervisionActionDone(id: $id, done: true) { done doneAt } }';
    expect((await t.gql(done, { id: actionId }, { token: w.baghdadCoordinator.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<{ setSupervisionActionDone: { done: boolean } }>(done, { id: actionId }, { token: w.baghdadCaseworker.token })).data?.setSupervisionActionDone.done).toBe(true);
  });

  it('a linked case is shown only to readers who may see the case', async () => {
    const referred = await acceptedCase(t, w);
    const { id } = await session({ caseIds: [referred.caseId] });
    const partnerView = await t.gql<{ supervisionSession: { linkedCases: Array<{ id: string }> } }>(READ, { id }, { token: w.baghdadCaseworker.token });
    expect(partnerView.data?.supervisionSession.linkedCases.map((c) => c.id)).toEqual([referred.caseId]);
    // The referral is revoked: the partner still sees the session, but no longer the case.
    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referred.referralId }, { token: w.caseworker.token });
    const afterRevoke = await t.gql<{ supervisionSession: { linkedCases: unknown[] } }>(READ, { id }, { token: w.baghdadCaseworker.token });
    expect(afterRevoke.errors).toBeUndefined();
    expect(afterRevoke.data?.supervisionSession.linkedCases).toEqual([]);
    const ownerView = await t.gql<{ supervisionSession: { linkedCases: unknown[] } }>(READ, { id }, { token: w.caseworker.token });
    expect(ownerView.data?.supervisionSession.linkedCases).toHaveLength(1);
  });

  it('says how many linked cases are withheld from the reader, so that none reads as "no cases linked"', async () => {
    const referred = await acceptedCase(t, w);
    const { id } = await session({ caseIds: [referred.caseId] });
    const HIDDEN = 'query($id: ID!) { supervisionSession(id: $id) { linkedCases { id } linkedCasesHidden } }';
    type Hidden = { supervisionSession: { linkedCases: Array<{ id: string }>; linkedCasesHidden: number } };
    expect((await t.gql<Hidden>(HIDDEN, { id }, { token: w.baghdadCaseworker.token })).data?.supervisionSession).toEqual({ linkedCases: [{ id: referred.caseId }], linkedCasesHidden: 0 });
    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referred.referralId }, { token: w.caseworker.token });
    expect((await t.gql<Hidden>(HIDDEN, { id }, { token: w.baghdadCaseworker.token })).data?.supervisionSession).toEqual({ linkedCases: [], linkedCasesHidden: 1 });
    expect((await t.gql<Hidden>(HIDDEN, { id }, { token: w.caseworker.token })).data?.supervisionSession.linkedCasesHidden).toBe(0);
  });

  it('a case the partner may not see cannot be linked, nor can outsiders take part', async () => {
    const unshared = await createCase(t, w.caseworker.token);
    const link = await t.gql(CREATE, { input: { partnerId: w.baghdad.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [], caseIds: [unshared.id] } }, { token: w.supervisor.token });
    expect(link.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds.0' });
    // The error names the first case the partner may not see, after one it may; a malformed id is no case.
    const shared = await acceptedCase(t, w);
    const mixed = { partnerId: w.baghdad.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [] };
    const second = await t.gql(CREATE, { input: { ...mixed, caseIds: [shared.caseId, unshared.id] } }, { token: w.supervisor.token });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds.1' });
    const malformed = await t.gql(CREATE, { input: { ...mixed, caseIds: [shared.caseId, 'not-a-case'] } }, { token: w.supervisor.token });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseIds.1' });
    const outsider = await t.gql(CREATE, { input: { partnerId: w.baghdad.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [w.prijedorCaseworker.id] } }, { token: w.supervisor.token });
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    expect((await t.gql(CREATE, { input: { partnerId: w.baghdad.id, heldOn: '2026-01-01', mode: 'PHONE', participantIds: [] } }, { token: w.caseworker.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('participants are notified, in their own language', async () => {
    const { id } = await session();
    const [row] = await t.owner<{ kind: string }>(`SELECT kind FROM notification WHERE session_id = $1 AND recipient_user_id = $2`, [id, w.baghdadCaseworker.id]);
    expect(row?.kind).toBe('SUPERVISION_SESSION');
    const list = await t.gql<{ notifications: { edges: Array<{ node: { title: string; link: string } }> } }>('{ notifications(first: 50) { edges { node { title link } } } }', {}, { token: w.baghdadCaseworker.token });
    expect(list.data?.notifications.edges.find((e) => e.node.link === `/supervision/${id}`)?.node.title).toBe('جلسة إشراف');
  });
});

it('candidates are the two organisations’ people only', async () => {
  const stranger = await createUser(t, await createOrganisation(t));
  const response = await t.gql<{ supervisionCandidates: Array<{ id: string; organisation: { id: string } }> }>(
    'query($p: ID!) { supervisionCandidates(partnerId: $p) { id organisation { id } } }',
    { p: w.baghdad.id },
    { token: w.supervisor.token },
  );
  const organisations = new Set(response.data?.supervisionCandidates.map((c) => c.organisation.id));
  expect(organisations).toEqual(new Set([w.stockholm.id, w.baghdad.id]));
  expect(response.data?.supervisionCandidates.map((c) => c.id)).not.toContain(stranger.id);
  expect((await login(t, stranger)).token).toBeTruthy();
  // An analyst may not read a session, so is neither offered nor accepted as a participant.
  expect(response.data?.supervisionCandidates.map((c) => c.id)).not.toContain(w.analyst.id);
  const withAnalyst = await t.gql(
    'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id } }',
    { input: { partnerId: w.baghdad.id, heldOn: '2026-11-02', mode: 'VIDEO', participantIds: [w.analyst.id] } },
    { token: w.supervisor.token },
  );
  expect(withAnalyst.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(await t.owner(`SELECT 1 FROM supervision_participant WHERE user_id = $1`, [w.analyst.id])).toHaveLength(0);
});
