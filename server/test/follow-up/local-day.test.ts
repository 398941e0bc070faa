import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../support/fixtures.js';
import { referralWorld, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * "Overdue" is decided one way (migration 0006): a date is overdue once it is before today in the
 * partner organisation's own time zone (`organisation.time_zone`). The moment is a parameter
 * here, so the boundary is tested at fixed instants rather than by waiting for the clock.
 */
let t: TestApp;
let w: ReferralWorld;
let elsewhere: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
  elsewhere = await createOrganisation(t, { country: 'US', timeZone: 'America/New_York' });
});
afterAll(async () => t?.close());

async function localToday(organisationId: string, at: string): Promise<string> {
  const [row] = await t.owner<{ day: string }>('SELECT app_local_today($1, $2)::text AS day', [organisationId, at]);
  return row!.day;
}

async function overdue(due: string | null, organisationId: string, at: string): Promise<boolean> {
  const [row] = await t.owner<{ overdue: boolean }>('SELECT app_is_overdue($1::date, $2, $3) AS overdue', [due, organisationId, at]);
  return row!.overdue;
}

describe('the partner’s calendar day', () => {
  it('comes from the organisation’s own time zone, and a zone PostgreSQL does not know is refused when written', async () => {
    const at = '2026-03-10T22:30:00Z';
    expect(await localToday(elsewhere.id, at)).toBe('2026-03-10'); // 17:30 in New York
    await t.owner('UPDATE organisation SET time_zone = $2 WHERE id = $1', [elsewhere.id, 'Asia/Tokyo']);
    expect(await localToday(elsewhere.id, at)).toBe('2026-03-11'); // 07:30 the next morning in Tokyo
    await t.owner('UPDATE organisation SET time_zone = $2 WHERE id = $1', [elsewhere.id, 'America/New_York']);
    await expect(t.owner('UPDATE organisation SET time_zone = $2 WHERE id = $1', [elsewhere.id, 'Mars/Olympus_Mons'])).rejects.toMatchObject({ code: '22023' });
    await expect(createOrganisation(t, { timeZone: 'Nowhere/At_All' })).rejects.toMatchObject({ code: '22023' });
  });

  it('differs from the UTC day near midnight: 22:30 UTC is already tomorrow in Baghdad, 23:30 UTC in Stockholm', async () => {
    expect(await localToday(w.baghdad.id, '2026-03-10T22:30:00Z')).toBe('2026-03-11');
    expect(await localToday(w.stockholm.id, '2026-03-10T22:30:00Z')).toBe('2026-03-10');
    expect(await localToday(w.stockholm.id, '2026-03-10T23:30:00Z')).toBe('2026-03-11');
    expect(await localToday(w.prijedor.id, '2026-03-10T23:30:00Z')).toBe('2026-03-11');
    expect(await localToday(elsewhere.id, '2026-03-10T23:30:00Z')).toBe('2026-03-10');
    // Summer time in Stockholm (UTC+2): 22:30 UTC is past midnight there.
    expect(await localToday(w.stockholm.id, '2026-07-10T22:30:00Z')).toBe('2026-07-11');
  });

  it('a date equal to the partner’s today is not overdue; the day before is; no date never is', async () => {
    const at = '2026-03-10T12:00:00Z';
    expect(await overdue('2026-03-10', w.baghdad.id, at)).toBe(false);
    expect(await overdue('2026-03-09', w.baghdad.id, at)).toBe(true);
    expect(await overdue('2026-03-11', w.baghdad.id, at)).toBe(false);
    expect(await overdue(null, w.baghdad.id, at)).toBe(false);
  });

  it('counts on the partner’s day where it differs from UTC', async () => {
    const at = '2026-03-10T22:30:00Z'; // 2026-03-10 in UTC, 2026-03-11 in Baghdad
    expect(await overdue('2026-03-10', w.baghdad.id, at)).toBe(true);
    expect(await overdue('2026-03-10', elsewhere.id, at)).toBe(false);
    expect(await overdue('2026-03-11', w.baghdad.id, at)).toBe(false);
  });

  it('works for the application role: the directory gives the time zone to a signed-in user; anyone else counts in UTC', async () => {
    await t.asAppRole({}, async (sql) => {
      const [anonymous] = await sql.rows<{ day: string }>(`SELECT app_local_today($1, '2026-03-10T22:30:00Z')::text AS day`, [w.baghdad.id]);
      expect(anonymous!.day).toBe('2026-03-10');
      await sql.actAs({ organisationId: w.stockholm.id, userId: w.caseworker.id });
      const [signedIn] = await sql.rows<{ day: string; overdue: boolean }>(
        `SELECT app_local_today($1, '2026-03-10T22:30:00Z')::text AS day, app_is_overdue('2026-03-10', $1, '2026-03-10T22:30:00Z') AS overdue`,
        [w.baghdad.id],
      );
      expect(signedIn).toEqual({ day: '2026-03-11', overdue: true });
    });
  });

  it('is what the periodic notifications decide with, not the database’s current_date', async () => {
    const sources = await t.owner<{ name: string; src: string }>(
      `SELECT proname AS name, prosrc AS src FROM pg_proc WHERE proname IN ('app_notify_overdue_follow_ups', 'app_notify_due_actions') ORDER BY 1`,
    );
    expect(sources.map((s) => s.name)).toEqual(['app_notify_due_actions', 'app_notify_overdue_follow_ups']);
    for (const { src } of sources) {
      expect(src).toMatch(/app_is_overdue|app_local_today/);
      expect(src).not.toMatch(/current_date/);
    }
  });
});
