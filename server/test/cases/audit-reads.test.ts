import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createCase, referralWorld, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/** Reads of several entities are one audit event (migration 0008), complete and checked by the database. */
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const lastId = async () => (await t.owner<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM audit_event'))[0]!.id;
type ReadEvent = { actor_user_id: string; subject_organisation_id: string; entity_id: string | null; details: { read?: Record<string, string[]>; sections?: string[] } };
const readsAfter = (start: string) =>
  t.owner<ReadEvent>(`SELECT actor_user_id, subject_organisation_id, entity_id, details FROM audit_event WHERE action = 'case.read' AND id > $1 ORDER BY id`, [start]);

describe('reads on record', () => {
  it("a partner's inbox: one event naming every case whose returnee it showed, under the owner's organisation", async () => {
    const a = await referredCase(t, w, ['IDENTITY']);
    const b = await referredCase(t, w, ['IDENTITY']);
    const start = await lastId();
    const inbox = await t.gql('{ referralInbox(first: 20) { edges { node { case { id returnee { firstName } } } } } }', {}, { token: w.baghdadCaseworker.token });
    expect(inbox.errors).toBeUndefined();
    const reads = await readsAfter(start);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_user_id: w.baghdadCaseworker.id, subject_organisation_id: w.stockholm.id, entity_id: null });
    expect(reads[0]!.details.read).toEqual({ [a.caseId]: ['IDENTITY'], [b.caseId]: ['IDENTITY'] });
  });

  it("shows in each case's audit trail, as a read of that case", async () => {
    const { caseId } = await referredCase(t, w, ['IDENTITY']);
    await createCase(t, w.caseworker.token);
    await t.gql('{ cases(first: 5) { edges { node { returnee { firstName } } } } }', {}, { token: w.caseworker.token });
    const trail = await t.gql<{ case: { auditTrail: { edges: Array<{ node: { action: string; entityId: string | null } }> } } }>(
      'query($id: ID!) { case(id: $id) { auditTrail(first: 50) { edges { node { action entityId } } } } }',
      { id: caseId },
      { token: w.coordinator.token },
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.case.auditTrail.edges.map((e) => e.node)).toContainEqual({ action: 'case.read', entityId: caseId });
  });
});

describe('app_audit_reads_allowed (SECURITY DEFINER): what a read event may claim', () => {
  const write = (organisationId: string, userId: string, subject: string, read: unknown) =>
    t.asAppRole({ organisationId, userId, roles: ['PARTNER_CASEWORKER'] }, (sql) =>
      sql.attempt(
        `INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
         VALUES ($1, $2, $3, 'case.read', 'case', NULL, jsonb_build_object('read', $4::jsonb))`,
        [organisationId, subject, userId, JSON.stringify(read)],
      ),
    );

  it("a partner may name the owner's cases referred to it, and nothing else", async () => {
    const referred = await referredCase(t, w, ['IDENTITY']);
    const other = await createCase(t, w.caseworker.token);
    expect(await write(w.baghdad.id, w.baghdadCaseworker.id, w.stockholm.id, { [referred.caseId]: ['IDENTITY'] })).toBe('ok 1');
    expect(await write(w.baghdad.id, w.baghdadCaseworker.id, w.stockholm.id, { [referred.caseId]: [], [other.id]: [] })).toBe('42501');
    expect(await write(w.prijedor.id, w.prijedorCaseworker.id, w.stockholm.id, { [referred.caseId]: [] })).toBe('42501');
    expect(await write(w.baghdad.id, w.baghdadCaseworker.id, w.stockholm.id, { 'not-a-uuid': [] })).toBe('42501');
    expect(await write(w.baghdad.id, w.baghdadCaseworker.id, w.stockholm.id, ['a list'])).toBe('42501');
    // …and about its own organisation, whatever it names (as for single events).
    expect(await write(w.baghdad.id, w.baghdadCaseworker.id, w.baghdad.id, { [other.id]: [] })).toBe('ok 1');
  });
});

describe('the cost of reads on record', () => {
  it('a request that commits writes its reads in its own transaction: one statement before its COMMIT, no second transaction', async () => {
    await referredCase(t, w, ['IDENTITY']);
    const start = t.statements.length;
    const page = await t.gql('{ cases(first: 20) { edges { node { returnee { firstName } } } } }', {}, { token: w.caseworker.token });
    expect(page.errors).toBeUndefined();
    // The audit sealer runs every two seconds on the same pool; its statements are not the request's.
    const statements = t.statements.slice(start).filter((s) => !s.includes('audit_seal()'));
    const inserts = statements.filter((s) => s.startsWith('INSERT INTO audit_event'));
    expect(inserts).toHaveLength(1);
    const insertAt = statements.indexOf(inserts[0]!);
    expect(statements.slice(insertAt + 1)).toEqual(['COMMIT']);
    expect(statements.filter((s) => s === 'START TRANSACTION')).toHaveLength(1);
  });
});

describe('a file download (REST)', () => {
  it('is on record with the request that sent it: one INSERT before its COMMIT, and a refused one as a refusal', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 32), Buffer.from('\n%%EOF\n')]);
    const stored = await request(t.app.getHttpServer())
      .post('/attachments')
      .set('Authorization', `Bearer ${w.caseworker.token}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', 'form.pdf')
      .send(pdf);
    expect(stored.status).toBe(201);
    const start = await lastId();
    const from = t.statements.length;
    const back = await request(t.app.getHttpServer()).get(`/attachments/${stored.body.id}`).set('Authorization', `Bearer ${w.caseworker.token}`);
    expect(back.status).toBe(200);
    const statements = t.statements.slice(from).filter((s) => !s.includes('audit_seal()'));
    const insertAt = statements.findIndex((s) => s.startsWith('INSERT INTO audit_event'));
    expect(insertAt).toBeGreaterThanOrEqual(0);
    expect(statements.slice(insertAt + 1)).toEqual(['COMMIT']);
    expect(statements.filter((s) => s === 'START TRANSACTION')).toHaveLength(1); // no second transaction
    const refused = await request(t.app.getHttpServer()).get(`/attachments/${stored.body.id}`).set('Authorization', `Bearer ${w.gothenburgCaseworker.token}`);
    expect(refused.status).toBe(404);
    const events = await t.owner<{ action: string; actor_user_id: string; entity_id: string; details: { sections?: string[] } }>(
      'SELECT action, actor_user_id, entity_id, details FROM audit_event WHERE id > $1 AND entity_type = $2 ORDER BY id',
      [start, 'attachment'],
    );
    expect(events.map((e) => [e.action, e.actor_user_id, e.entity_id])).toEqual([
      ['attachment.read', w.caseworker.id, stored.body.id],
      ['access.denied', w.gothenburgCaseworker.id, stored.body.id],
    ]);
    expect(events[0]!.details.sections).toEqual(['FILE']);
  });
});
