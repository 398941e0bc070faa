import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/core/audit/audit-verify.js';
import { login } from '../support/fixtures.js';
import { createCase, recordConsent, referralWorld, referredCase, sendReferral, type ReferralWorld } from '../support/referral-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
});
afterAll(async () => t?.close());

interface Event {
  action: string;
  organisation_id: string | null;
  subject_organisation_id: string | null;
  actor_user_id: string | null;
  entity_type: string;
  entity_id: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
}

async function eventsAfter(id: number): Promise<Event[]> {
  return t.owner<Event & { id: string }>('SELECT * FROM audit_event WHERE id > $1 ORDER BY id', [id]);
}
async function lastId(): Promise<number> {
  return Number((await t.owner<{ id: string | null }>('SELECT max(id) AS id FROM audit_event'))[0]!.id ?? 0);
}

describe('the audit trail records', () => {
  it('logins, successful and failed, with the person and organisation', async () => {
    const start = await lastId();
    await login(t, w.caseworker);
    await t.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: w.caseworker.email, password: 'wrong' } });
    await t.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: 'nobody@nowhere.example', password: 'wrong' } });
    const events = await eventsAfter(start);
    expect(events.map((e) => [e.action, e.actor_user_id, e.organisation_id])).toEqual([
      ['auth.login', w.caseworker.id, w.stockholm.id],
      ['auth.login_failed', w.caseworker.id, w.stockholm.id],
      ['auth.login_failed', null, null],
    ]);
  });

  it('every change, with actor, organisation, entity and request id, in the same transaction as the change', async () => {
    const start = await lastId();
    const created = await createCase(t, w.caseworker.token);
    await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const referral = await sendReferral(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referral.id }, { token: w.baghdadCaseworker.token });
    const changes = (await eventsAfter(start)).filter((e) => !e.action.endsWith('.read'));
    expect(changes.map((e) => e.action)).toEqual(['case.create', 'consent.record', 'referral.send', 'referral.accept']);
    for (const event of changes) {
      expect(event.request_id).toEqual(expect.any(String));
      expect(event.details.caseId).toBe(created.id);
      expect(event.subject_organisation_id).toBe(w.stockholm.id);
    }
    expect(changes.at(-1)).toMatchObject({ actor_user_id: w.baghdadCaseworker.id, organisation_id: w.baghdad.id });
  });

  it('no change event for a change that rolled back', async () => {
    const created = await createCase(t, w.caseworker.token);
    const start = await lastId();
    const stale = await t.gql('mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }', { input: { id: created.id, version: 99, destinationPlace: 'X' } }, { token: w.caseworker.token });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await eventsAfter(start)).filter((e) => e.action === 'case.update')).toEqual([]);
  });

  it('every read of personal data, naming the sections read — by the owner and by the partner', async () => {
    const { caseId } = await referredCase(t, w, ['IDENTITY', 'CONTACT']);
    const start = await lastId();
    await t.gql('query($id: ID!) { case(id: $id) { number } }', { id: caseId }, { token: w.caseworker.token });
    await t.gql('query($id: ID!) { case(id: $id) { returnee { firstName } health { information } } }', { id: caseId }, { token: w.caseworker.token });
    await t.gql('query($id: ID!) { case(id: $id) { returnee { firstName } contact { phone } } }', { id: caseId }, { token: w.baghdadCaseworker.token });
    const reads = (await eventsAfter(start)).filter((e) => e.action === 'case.read');
    expect(reads.map((e) => [e.actor_user_id, e.details.sections, e.subject_organisation_id])).toEqual([
      [w.caseworker.id, ['HEALTH', 'IDENTITY'], w.stockholm.id],
      [w.baghdadCaseworker.id, ['CONTACT', 'IDENTITY'], w.stockholm.id],
    ]);
  });

  it('a request that fails as a whole sends no personal data and records the refusal, not a read', async () => {
    const created = await createCase(t, w.caseworker.token);
    const start = await lastId();
    const response = await t.gql(
      'query($id: ID!, $other: ID!) { a: case(id: $id) { returnee { firstName } } b: case(id: $other) { number } }',
      { id: created.id, other: '00000000-0000-4000-8000-000000000000' },
      { token: w.caseworker.token },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
    const events = await eventsAfter(start);
    expect(events.map((e) => e.action)).toEqual(['access.denied']);
  });

  it("every denied access, with what was asked for; the owner's coordinators see attempts on their cases", async () => {
    const { caseId } = await referredCase(t, w);
    const start = await lastId();
    await t.gql('query($id: ID!) { case(id: $id) { number } }', { id: caseId }, { token: w.gothenburgCaseworker.token });
    await t.gql('{ users(first: 5) { totalCount } }', {}, { token: w.caseworker.token });
    await t.gql('{ me { id } }');
    const denied = (await eventsAfter(start)).filter((e) => e.action === 'access.denied');
    expect(denied.map((e) => [e.actor_user_id, e.entity_type, e.details.code])).toEqual([
      [w.gothenburgCaseworker.id, 'case', 'NOT_FOUND'],
      [w.caseworker.id, 'operation', 'FORBIDDEN'],
      [null, 'operation', 'UNAUTHENTICATED'],
    ]);
    // The prober's own event names only the prober; the owner learns of it through a notice.
    expect(denied[0]).toMatchObject({ entity_id: caseId, organisation_id: w.gothenburg.id, subject_organisation_id: w.gothenburg.id });
    const [denial] = await t.owner<{ id: string }>(`SELECT id::text FROM audit_event WHERE id > $1 AND action = 'access.denied' AND entity_id = $2`, [start, caseId]);
    expect(await t.owner('SELECT organisation_id, case_id FROM audit_notice WHERE event_id = $1', [denial!.id])).toEqual([
      { organisation_id: w.stockholm.id, case_id: caseId },
    ]);
    const trail = await t.gql<{ case: { auditTrail: { edges: Array<{ node: { action: string; organisation: { id: string } | null } }> } } }>(
      'query($id: ID!) { case(id: $id) { auditTrail(first: 50) { edges { node { action organisation { id } actor { name } } } } } }',
      { id: caseId },
      { token: w.coordinator.token },
    );
    expect(trail.errors).toBeUndefined();
    const actions = trail.data!.case.auditTrail.edges.map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['access.denied', 'referral.send', 'consent.record', 'case.create']));
  });

  it("is readable by the owner's coordinators only", async () => {
    const created = await createCase(t, w.caseworker.token);
    for (const viewer of [w.caseworker, w.supervisor, w.analyst]) {
      const response = await t.gql('query($id: ID!) { case(id: $id) { auditTrail { totalCount } } }', { id: created.id }, { token: viewer.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the audit table', () => {
  it('is append-only for the application role: no update, no delete, no forged chain fields', async () => {
    const client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
    const attempt = async (sql: string) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [w.stockholm.id]);
      try {
        await client.query(sql);
        return 'ok';
      } catch (error) {
        return String((error as { code?: string }).code);
      } finally {
        await client.query('ROLLBACK');
      }
    };
    expect(await attempt(`UPDATE audit_event SET action = 'x.y'`)).toBe('42501');
    expect(await attempt('DELETE FROM audit_event')).toBe('42501');
    expect(await attempt('TRUNCATE audit_event')).toBe('42501');
    expect(await attempt(`INSERT INTO audit_event (organisation_id, action, entity_type, hash) VALUES ('${w.stockholm.id}', 'x.y', 'x', '\\x00')`)).toBe('42501');
    expect(await attempt(`INSERT INTO audit_event (organisation_id, action, entity_type) VALUES ('${w.gothenburg.id}', 'x.y', 'x')`)).toBe('42501');
    expect(await attempt(`INSERT INTO audit_event (organisation_id, action, entity_type) VALUES ('${w.stockholm.id}', 'x.y', 'x')`)).toBe('ok');
    await client.end();
  });

  it('is hash-chained: audit:verify passes, then names the first event changed or removed directly in the database', async () => {
    await createCase(t, w.caseworker.token);
    const intact = await verifyAuditTrail(t.ownerUrl);
    expect(intact.problem).toBeUndefined();
    expect(intact.events).toBeGreaterThan(20);

    const [victim] = await t.owner<{ id: string; chain_position: string }>(
      'SELECT id::text, chain_position FROM audit_event WHERE chain_position IS NOT NULL ORDER BY chain_position OFFSET 7 LIMIT 1',
    );
    // Someone with the owner's rights goes around the trigger and edits one event.
    await t.owner('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await t.owner(`UPDATE audit_event SET details = '{"edited": true}' WHERE id = $1`, [victim!.id]);
    const changed = await verifyAuditTrail(t.ownerUrl);
    expect(changed.problem).toMatchObject({ kind: 'changed', eventId: victim!.id, position: Number(victim!.chain_position) });
    expect(changed.problem?.message).toContain(`audit event ${victim!.id} at chain position ${victim!.chain_position} was changed`);

    // Recomputing that event's hash does not help: the next one no longer links to it.
    await t.owner(`UPDATE audit_event e SET hash = audit_event_hash(e, e.previous_hash) WHERE id = $1`, [victim!.id]);
    const relinked = await verifyAuditTrail(t.ownerUrl);
    expect(relinked.problem).toMatchObject({ kind: 'changed', position: Number(victim!.chain_position) + 1 });

    const [next] = await t.owner<{ id: string; chain_position: string }>('SELECT id::text, chain_position FROM audit_event WHERE chain_position = $1', [
      Number(victim!.chain_position) + 3,
    ]);
    await t.owner('DELETE FROM audit_event WHERE id = $1', [next!.id]);
    await t.owner('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    const removed = await verifyAuditTrail(t.ownerUrl);
    // The first problem is still the edited event; the removal is found once that is repaired.
    expect(removed.problem?.position).toBe(Number(victim!.chain_position) + 1);
  });
});
