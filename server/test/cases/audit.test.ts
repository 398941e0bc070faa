import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyAuditTrail } from '../../src/core/audit/audit-verify.js';
import { asApplication } from '../support/app-sql.js';
import { login } from '../support/fixtures.js';
import { createCase, recordConsent, referralWorld, referredCase, sendReferral, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

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
    await t.asAppRole({ organisationId: w.stockholm.id }, async (sql) => {
      expect(await sql.attempt(`UPDATE audit_event SET action = 'x.y'`)).toBe('42501');
      expect(await sql.attempt('DELETE FROM audit_event')).toBe('42501');
      expect(await sql.attempt('TRUNCATE audit_event')).toBe('42501');
      expect(await sql.attempt(`INSERT INTO audit_event (organisation_id, action, entity_type, hash) VALUES ('${w.stockholm.id}', 'x.y', 'x', '\\x00')`)).toBe('42501');
      expect(await sql.attempt(`INSERT INTO audit_event (organisation_id, action, entity_type) VALUES ('${w.gothenburg.id}', 'x.y', 'x')`)).toBe('42501');
      expect(await sql.attempt(`INSERT INTO audit_event (organisation_id, action, entity_type) VALUES ('${w.stockholm.id}', 'x.y', 'x')`)).toBe('ok 1');
    });
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

describe('a refused look does not tell the prober who owns the id', () => {
  const probe = (id: string, token: string) => t.gql('query($id: ID!) { case(id: $id) { number } }', { id }, { token });

  it("the prober's own events for an existing id of another organisation and for an id that does not exist read the same", async () => {
    const { caseId } = await referredCase(t, w);
    const missing = randomUUID();
    await probe(caseId, w.gothenburgCoordinator.token);
    await probe(missing, w.gothenburgCoordinator.token);
    // What the prober can read of its own trail, as the application role with its own settings.
    const seen = await asApplication(t, { organisationId: w.gothenburg.id, userId: w.gothenburgCoordinator.id, roles: ['COORDINATOR'] }, async (sql) => ({
      events: await sql.rows<Record<string, unknown>>(
        `SELECT entity_id, organisation_id, subject_organisation_id, actor_user_id, action, entity_type, details
           FROM audit_event WHERE entity_id = ANY($1) ORDER BY id`,
        [[caseId, missing]],
      ),
      notices: await sql.rows('SELECT * FROM audit_notice'),
    }));
    expect(seen.events).toHaveLength(2);
    const [real, fake] = seen.events.map(({ entity_id: _id, ...rest }) => rest);
    expect(real).toEqual(fake);
    expect(real).toMatchObject({ organisation_id: w.gothenburg.id, subject_organisation_id: w.gothenburg.id, action: 'access.denied' });
    expect(seen.notices).toEqual([]);
  });

  it("the owner's coordinators still see the attempt in the case's trail, through a notice only they can read", async () => {
    const { caseId } = await referredCase(t, w);
    await probe(caseId, w.gothenburgCaseworker.token);
    const trail = await t.gql<{ case: { auditTrail: { edges: Array<{ node: { action: string; organisation: { id: string } | null; actor: { name: string } | null } }> } } }>(
      'query($id: ID!) { case(id: $id) { auditTrail(first: 50) { edges { node { action organisation { id } actor { name } } } } } }',
      { id: caseId },
      { token: w.coordinator.token },
    );
    expect(trail.errors).toBeUndefined();
    const denials = trail.data!.case.auditTrail.edges.map((e) => e.node).filter((n) => n.action === 'access.denied');
    expect(denials.map((n) => n.organisation)).toEqual([{ id: w.gothenburg.id }]);
    const stockholmSees = await asApplication(t, { organisationId: w.stockholm.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, (sql) =>
      sql.rows('SELECT case_id FROM audit_notice WHERE case_id = $1', [caseId]),
    );
    expect(stockholmSees).toEqual([{ case_id: caseId }]);
  });
});

describe('audit events cannot be forged into another organisation’s trail', () => {
  const INSERT = `INSERT INTO audit_event (organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, details)
                  VALUES ($1, $2, $3, 'case.update', $4, $5, $6)`;

  it('not as its subject, not in its people’s names, not anonymously; the writer’s own events and a partner’s on what it was sent still go in', async () => {
    const { caseId, referralId } = await referredCase(t, w);
    const other = await createCase(t, w.caseworker.token);
    const details = (id: string) => JSON.stringify({ caseId: id });
    const gothenburg = await asApplication(t, { organisationId: w.gothenburg.id, userId: w.gothenburgCoordinator.id, roles: ['COORDINATOR'] }, async (sql) => ({
      intoStockholmsTrail: await sql.attempt(INSERT, [w.gothenburg.id, w.stockholm.id, w.gothenburgCoordinator.id, 'case', caseId, details(caseId)]),
      asAStockholmPerson: await sql.attempt(INSERT, [w.gothenburg.id, null, w.caseworker.id, 'case', caseId, details(caseId)]),
      own: await sql.attempt(INSERT, [w.gothenburg.id, null, w.gothenburgCoordinator.id, 'operation', null, '{}']),
    }));
    const anonymous = await asApplication(t, {}, (sql) => sql.attempt(INSERT, [null, w.stockholm.id, null, 'case', caseId, details(caseId)]));
    const partner = await asApplication(t, { organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] }, async (sql) => ({
      aboutTheReferredCase: await sql.attempt(INSERT, [w.baghdad.id, w.stockholm.id, w.baghdadCaseworker.id, 'referral', referralId, details(caseId)]),
      aboutAnotherCase: await sql.attempt(INSERT, [w.baghdad.id, w.stockholm.id, w.baghdadCaseworker.id, 'referral', referralId, details(other.id)]),
      aboutACaseNotSent: await sql.attempt(INSERT, [w.baghdad.id, w.stockholm.id, w.baghdadCaseworker.id, 'case', other.id, details(other.id)]),
    }));
    expect({ ...gothenburg, anonymous, ...partner }).toEqual({
      intoStockholmsTrail: '42501',
      asAStockholmPerson: '42501',
      own: 'ok 1',
      anonymous: '42501',
      aboutTheReferredCase: 'ok 1',
      aboutAnotherCase: '42501',
      aboutACaseNotSent: '42501',
    });
  });
});
