import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralWorld, type ReferralWorld } from '../support/referral-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The SECURITY DEFINER functions look past row-level security by design; each keeps its own
 * rule about whom it may reach. Called here directly as the application role.
 */
let t: TestApp;
let w: ReferralWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
});
afterAll(async () => t?.close());

async function asOrganisation<T>(organisationId: string, userId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)`, [organisationId, userId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
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
