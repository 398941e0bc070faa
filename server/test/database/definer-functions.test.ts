import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createUser } from '../support/fixtures.js';
import { createAgreement, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * The SECURITY DEFINER functions look past row-level security by design; each keeps its own
 * rule about whom it may reach. Called here directly as the application role.
 */
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

/** As the application role with the organisation and user set, rolled back afterwards. */
function asOrganisation<T>(organisationId: string, userId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return t.asAppRole({ organisationId, userId }, (sql) => work(sql.client));
}

describe('app_staff_names', () => {
  it('names colleagues and people of organisations with an agreement in force, nobody else', async () => {
    const names = await asOrganisation(w.baghdad.id, w.baghdadCaseworker.id, async (client) =>
      (await client.query<{ id: string }>('SELECT id FROM app_staff_names($1::uuid[])', [[w.baghdadCoordinator.id, w.caseworker.id, w.gothenburgCaseworker.id, w.prijedorCaseworker.id]])).rows.map((r) => r.id),
    );
    // Baghdad has an agreement with Stockholm only: not with Gothenburg, not with Prijedor.
    expect(new Set(names)).toEqual(new Set([w.baghdadCoordinator.id, w.caseworker.id]));
  });
});

describe('app_notify', () => {
  it('reaches the own organisation and partners under an agreement in force, and skips everyone else', async () => {
    const inserted = await asOrganisation(w.gothenburg.id, w.gothenburgCaseworker.id, async (client) => {
      const reached = (
        await client.query<{ n: number }>(`SELECT app_notify('MESSAGE_RECEIVED', '{}', NULL, NULL, NULL, $1::uuid[], NULL, NULL, NULL) AS n`, [
          [w.gothenburgCoordinator.id, w.prijedorCaseworker.id, w.baghdadCaseworker.id, w.caseworker.id],
        ])
      ).rows[0]!.n;
      const byRole = (
        await client.query<{ n: number }>(`SELECT app_notify('MESSAGE_RECEIVED', '{}', NULL, NULL, NULL, NULL, $1, ARRAY['PARTNER_CASEWORKER'], NULL) AS n`, [w.baghdad.id])
      ).rows[0]!.n;
      return { reached, byRole };
    });
    // Gothenburg's agreements: Prijedor only. Baghdad and Stockholm are out of its reach.
    expect(inserted).toEqual({ reached: 2, byRole: 0 });
  });

  it('never notifies the person excepted (the actor)', async () => {
    const reached = await asOrganisation(w.stockholm.id, w.caseworker.id, async (client) =>
      (await client.query<{ n: number }>(`SELECT app_notify('MESSAGE_RECEIVED', '{}', NULL, NULL, NULL, $1::uuid[], NULL, NULL, $2) AS n`, [[w.caseworker.id, w.supervisor.id], w.caseworker.id])).rows[0]!.n,
    );
    expect(reached).toBe(1);
  });
});

describe('agreements that count for names and notifications', () => {
  it('only one every party confirmed: a proposal Mosul has not confirmed shows Gothenburg no names and lets it notify nobody there', async () => {
    const mosul = await createOrganisation(t, { kind: 'CLDD_OFFICE', country: 'IQ' });
    const mosulCaseworker = await createUser(t, mosul, { roles: ['PARTNER_CASEWORKER'] });
    const proposal = await createAgreement(t, { parties: [w.gothenburg.id, mosul.id], unconfirmed: [mosul.id] });
    const reach = () =>
      asOrganisation(w.gothenburg.id, w.gothenburgCaseworker.id, async (client) => ({
        names: (await client.query<{ id: string }>('SELECT id FROM app_staff_names($1::uuid[])', [[mosulCaseworker.id]])).rows.map((r) => r.id),
        notified: (await client.query<{ n: number }>(`SELECT app_notify('MESSAGE_RECEIVED', '{}', NULL, NULL, NULL, $1::uuid[], NULL, NULL, NULL) AS n`, [[mosulCaseworker.id]]))
          .rows[0]!.n,
      }));
    expect(await reach()).toEqual({ names: [], notified: 0 });
    // Once Mosul confirms, the same agreement counts.
    await t.owner('UPDATE agreement_party SET confirmed_at = now() WHERE agreement_id = $1', [proposal]);
    expect(await reach()).toEqual({ names: [mosulCaseworker.id], notified: 1 });
  });
});

describe('app_agreement_partners', () => {
  it('gives the parties of the caller’s own agreements in force for the scope, nobody’s else, nothing unconfirmed or expired', async () => {
    await createAgreement(t, { parties: [w.stockholm.id, w.baghdad.id], scopes: ['SUPERVISION'] });
    await createAgreement(t, { parties: [w.gothenburg.id, w.prijedor.id], scopes: ['SUPERVISION'], unconfirmed: [w.prijedor.id] });
    await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id], scopes: ['SUPERVISION'], from: '2019-01-01', to: '2020-12-31' });
    const partners = (organisationId: string, userId: string, scope = 'SUPERVISION') =>
      asOrganisation(organisationId, userId, async (client) =>
        new Set((await client.query<{ p: string[] }>('SELECT app_agreement_partners($1) AS p', [scope])).rows[0]!.p),
      );
    // A party of an agreement is among its own partners (as app_agreement_between(x, x, scope) is true).
    expect(await partners(w.baghdad.id, w.baghdadCaseworker.id)).toEqual(new Set([w.stockholm.id, w.baghdad.id]));
    expect(await partners(w.stockholm.id, w.caseworker.id)).toEqual(new Set([w.stockholm.id, w.baghdad.id]));
    // Gothenburg's: one unconfirmed, one expired. Prijedor's: unconfirmed by itself.
    expect(await partners(w.gothenburg.id, w.gothenburgCaseworker.id)).toEqual(new Set());
    expect(await partners(w.prijedor.id, w.prijedorCaseworker.id)).toEqual(new Set());
    // No organisation, no partners.
    expect(await t.asAppRole({}, async (sql) => (await sql.rows<{ p: string[] }>("SELECT app_agreement_partners('SUPERVISION') AS p"))[0]!.p)).toEqual([]);
  });
});

describe('app_notify without an organisation', () => {
  it('does nothing, and its internal variant is not the application role’s to call', async () => {
    const client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      const reached = (
        await client.query<{ n: number }>(`SELECT app_notify('MESSAGE_RECEIVED', '{"x": "anonymous"}', NULL, NULL, NULL, $1::uuid[], $2, ARRAY['CASEWORKER'], NULL) AS n`, [
          [w.caseworker.id, w.baghdadCaseworker.id],
          w.gothenburg.id,
        ])
      ).rows[0]!.n;
      expect(reached).toBe(0);
      await client.query('SAVEPOINT s');
      const internal = await client
        .query(`SELECT app_notify_as(NULL, 'MESSAGE_RECEIVED', '{}', NULL, NULL, NULL, $1::uuid[], NULL, NULL, NULL)`, [[w.caseworker.id]])
        .then(() => 'ok', (error: { code?: string }) => error.code);
      expect(internal).toBe('42501');
      await client.query('ROLLBACK TO SAVEPOINT s');
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    expect(await t.owner(`SELECT 1 FROM notification WHERE params->>'x' = 'anonymous'`)).toEqual([]);
  });

  it('the periodic tasks, which run with no organisation, still notify (supervision actions falling due)', async () => {
    const [{ id: session }] = await t.owner<{ id: string }>(
      `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, created_by_user_id)
       VALUES ($1, $2, current_date, 'PHONE', $3) RETURNING id`,
      [w.stockholm.id, w.baghdad.id, w.supervisor.id],
    );
    await t.owner(`INSERT INTO supervision_action (session_id, description, owner_user_id, due_on) VALUES ($1, 'Call the family', $2, current_date)`, [
      session,
      w.baghdadCaseworker.id,
    ]);
    const client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
    try {
      expect((await client.query<{ n: number }>('SELECT app_notify_due_actions() AS n')).rows[0]!.n).toBeGreaterThanOrEqual(1);
    } finally {
      await client.end();
    }
    const sent = await t.owner<{ recipient_user_id: string }>(`SELECT recipient_user_id FROM notification WHERE session_id = $1 AND kind = 'SUPERVISION_ACTION_DUE'`, [session]);
    expect(sent.map((s) => s.recipient_user_id)).toEqual([w.baghdadCaseworker.id]);
  });
});

describe('search_path: a temporary table cannot stand in for a real one', () => {
  it('the application role cannot create temporary tables at all', async () => {
    const code = await asOrganisation(w.stockholm.id, w.caseworker.id, (client) =>
      client.query('CREATE TEMP TABLE app_user (id uuid, name text, organisation_id uuid)').then(() => 'created', (error: { code?: string }) => error.code),
    );
    expect(code).toBe('42501');
  });

  it('and where someone can (here the owner role), app_staff_names still reads the real table', async () => {
    const client = new pg.Client({ connectionString: t.ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('CREATE TEMP TABLE app_user (id uuid, name text, organisation_id uuid, active boolean) ON COMMIT DROP');
      await client.query(`INSERT INTO pg_temp.app_user VALUES ($1, 'Shadow', $2, true)`, [w.caseworker.id, w.stockholm.id]);
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [w.stockholm.id]);
      const names = (await client.query<{ name: string }>('SELECT name FROM app_staff_names($1::uuid[])', [[w.caseworker.id]])).rows.map((r) => r.name);
      const [{ real }] = await t.owner<{ real: string }>('SELECT name AS real FROM app_user WHERE id = $1', [w.caseworker.id]);
      expect(names).toEqual([real]);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });
});
