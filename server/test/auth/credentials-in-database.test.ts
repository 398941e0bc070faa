import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from '../../src/core/auth/password-hasher.js';
import { asApplication } from '../support/app-sql.js';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { worldForFile } from '../support/world.js';

/**
 * What the application role can do with credentials in raw SQL — as a bug in a service, or an
 * injection, would. It must never obtain a password hash, never mint a session without the
 * password, and never change someone's password without theirs.
 */
/** An organisation with a coordinator and a caseworker (whose credentials the attacks are after). */
async function credentialsWorld(t: TestApp) {
  const organisation = await createOrganisation(t);
  return {
    organisation,
    coordinator: await createUser(t, organisation, { roles: ['COORDINATOR'] }),
    victim: await createUser(t, organisation, { roles: ['CASEWORKER'] }),
  };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof credentialsWorld>>;
worldForFile(credentialsWorld, (started) => ({ t, w } = started));

/** As the application role with these tenant settings, committed (attempts must stay counted). */
function asApp<T>(settings: { user?: string; organisation?: string }, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return asApplication(t, { userId: settings.user, organisationId: settings.organisation }, (sql) => work(sql.client), { commit: true });
}

const storedHash = async (userId: string) =>
  (await t.owner<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [userId]))[0]!.password_hash;

describe('credentials stay in the database', () => {
  it('the application role may call only the narrow auth functions, none of which answers with a hash', async () => {
    const callable = await asApp({}, async (client) =>
      (
        await client.query<{ name: string }>(
          `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'auth' AND has_function_privilege(p.oid, 'EXECUTE') ORDER BY 1`,
        )
      ).rows.map((row) => row.name),
    );
    // The password-reset functions (issue 11) answer outcomes, ids, names and the challenge's
    // parameters and salt, as login_challenge does.
    expect(callable).toEqual([
      'attempt_login',
      'change_password',
      'complete_password_reset',
      'login_challenge',
      'password_reset_challenge',
      'request_password_reset',
      'revoke_refresh_family',
      'revoke_user_sessions',
      'rotate_refresh_token',
      'set_first_password',
    ]);
    const results = await t.owner<{ name: string; result: string }>(
      `SELECT p.proname AS name, pg_get_function_result(p.oid) AS result FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'auth' AND p.proname = ANY($1)`,
      [callable],
    );
    for (const { name, result } of results) expect(result, name).not.toMatch(/hash/i);
  });

  it('a challenge gives parameters and salt, never the hash, and looks the same for an address nobody has', async () => {
    const hash = await storedHash(w.victim.id);
    const [known, unknown] = await asApp({}, async (client) => [
      (await client.query<{ prefixes: string[] }>('SELECT * FROM auth.login_challenge($1, $2)', [w.victim.email, DEFAULT_ARGON2_PARAMS])).rows[0]!,
      (await client.query<{ prefixes: string[] }>('SELECT * FROM auth.login_challenge($1, $2)', ['nobody-here@test.example', DEFAULT_ARGON2_PARAMS]))
        .rows[0]!,
    ]);
    expect(known.prefixes).toHaveLength(1);
    expect(hash.startsWith(`${known.prefixes[0]}$`)).toBe(true);
    expect(known.prefixes[0]).not.toContain(hash.split('$').at(-1));
    const shape = (prefix: string) => prefix.replace(/\$[A-Za-z0-9+/]{22}$/, '$<salt>');
    expect(unknown.prefixes).toHaveLength(1);
    expect(shape(unknown.prefixes[0]!)).toBe(shape(known.prefixes[0]!));
    // Stable: the same address always gets the same salt, as a real one does.
    const again = await asApp({}, async (client) =>
      (await client.query<{ prefixes: string[] }>('SELECT * FROM auth.login_challenge($1, $2)', ['nobody-here@test.example', DEFAULT_ARGON2_PARAMS]))
        .rows[0]!,
    );
    expect(again.prefixes).toEqual(unknown.prefixes);
  });

  it('no session without the password: a wrong candidate is counted and issues no refresh token', async () => {
    const before = await t.owner('SELECT 1 FROM refresh_token WHERE user_id = $1', [w.victim.id]);
    const [prefix] = (
      await asApp({}, (client) => client.query<{ prefixes: string[] }>('SELECT * FROM auth.login_challenge($1, $2)', [w.victim.email, DEFAULT_ARGON2_PARAMS]))
    ).rows[0]!.prefixes;
    const guess = await passwordHasher.hashFor(prefix!, 'a guess');
    const [attempt] = await asApp({ organisation: w.organisation.id, user: w.coordinator.id }, async (client) =>
      (
        await client.query('SELECT * FROM auth.attempt_login($1, $2, $3, $4, $5)', [
          w.victim.email,
          [guess],
          randomUUID(),
          randomBytes(32),
          new Date(Date.now() + 86_400_000),
        ])
      ).rows,
    );
    expect(attempt).toMatchObject({ outcome: 'invalid', user_id: null, organisation_id: null });
    expect(await t.owner('SELECT 1 FROM refresh_token WHERE user_id = $1', [w.victim.id])).toHaveLength(before.length);
    const [throttle] = await t.owner<{ failed_count: number }>(`SELECT failed_count FROM login_throttle WHERE email_hash = sha256(convert_to($1, 'UTF8'))`, [
      w.victim.email,
    ]);
    expect(throttle?.failed_count).toBe(1);
    // The old way in — a function that inserted a refresh token for any user id — is gone.
    await expect(
      asApp({ organisation: w.organisation.id, user: w.coordinator.id }, (client) =>
        client.query('SELECT auth.issue_refresh_token($1, $2, $3, $4)', [w.victim.id, randomUUID(), randomBytes(32), new Date()]),
      ),
    ).rejects.toMatchObject({ code: '42883' });
  });

  it('attempts on one address queue on its lock-out record: a burst held back and let go at once is compared only up to the lock', async () => {
    const user = await createUser(t, w.organisation);
    await t.owner(`INSERT INTO login_throttle (email_hash, failed_count) VALUES (sha256(convert_to($1, 'UTF8')), 4)`, [user.email]);
    const [prefix] = (
      await asApp({}, (client) => client.query<{ prefixes: string[] }>('SELECT * FROM auth.login_challenge($1, $2)', [user.email, DEFAULT_ARGON2_PARAMS]))
    ).rows[0]!.prefixes;
    const wrong = await passwordHasher.hashFor(prefix!, 'a wrong guess');
    // Hold the record, so that every attempt below has started and waits when it is let go.
    const holder = new pg.Client({ connectionString: t.ownerUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM login_throttle WHERE email_hash = sha256(convert_to($1, 'UTF8')) FOR UPDATE`, [user.email]);
    const burst = Array.from({ length: 8 }, () =>
      asApp({}, async (client) =>
        (
          await client.query<{ outcome: string }>('SELECT outcome FROM auth.attempt_login($1, $2, $3, $4, $5)', [
            user.email,
            [wrong],
            randomUUID(),
            randomBytes(32),
            new Date(Date.now() + 86_400_000),
          ])
        ).rows[0]!.outcome,
      ),
    );
    // Explicit synchronisation: wait until all of them are blocked on a lock in this database.
    for (let waiting = 0; waiting < burst.length; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = await t.owner<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE NOT l.granted AND a.datname = current_database()`,
      );
      waiting = row!.n;
    }
    await holder.query('COMMIT');
    await holder.end();
    const outcomes = await Promise.all(burst);
    // The first compares and reaches the fifth attempt, which locks; the seven after it are refused uncompared.
    expect(outcomes.every((outcome) => outcome === 'locked')).toBe(true);
    const [throttle] = await t.owner<{ failed_count: number }>(`SELECT failed_count FROM login_throttle WHERE email_hash = sha256(convert_to($1, 'UTF8'))`, [
      user.email,
    ]);
    expect(throttle!.failed_count).toBe(5);
    expect(await t.owner(`SELECT 1 FROM audit_event WHERE action = 'auth.login_failed' AND entity_id = $1`, [user.id])).toHaveLength(1);
  });

  it("settings that name someone else do not let anyone change that person's password without it", async () => {
    const before = await storedHash(w.victim.id);
    const prefix = before.split('$').slice(0, 5).join('$');
    const [result] = await asApp({ organisation: w.organisation.id, user: w.victim.id }, async (client) =>
      (
        await client.query('SELECT * FROM auth.change_password($1, $2, NULL)', [
          [await passwordHasher.hashFor(prefix, 'a guess')],
          await passwordHasher.hashFor(prefix, 'chosen by the attacker'),
        ])
      ).rows,
    );
    expect(result).toMatchObject({ outcome: 'wrong' });
    expect(await storedHash(w.victim.id)).toBe(before);
    await expect(login(t, w.victim)).resolves.toHaveProperty('token');
  });

  it('the functions that read hashes for the server are gone', async () => {
    for (const call of ['SELECT * FROM auth.login_state($1)', 'SELECT auth.current_user_password_hash()']) {
      await expect(
        asApp({ organisation: w.organisation.id, user: w.victim.id }, (client) => client.query(call, call.includes('$1') ? [w.victim.email] : [])),
        call,
      ).rejects.toMatchObject({ code: '42883' });
    }
  });
});
