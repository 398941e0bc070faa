import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, login, type TestOrganisation } from '../support/fixtures.js';
import { TEMPLATE_DATABASE } from '../support/global-setup.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Tables that hold no tenant data and that the application role cannot touch at all: the migration ledgers. */
const NOT_TENANT_DATA = ['schema_migration', 'schema_function'];

let t: TestApp;
let appRole: string;
let a: TestOrganisation;
let b: TestOrganisation;
let appClient: pg.Client;

beforeAll(async () => {
  t = await startTestApp();
  appRole = t.database.appRole;
  a = await createOrganisation(t);
  b = await createOrganisation(t);
  await createUser(t, a);
  await createUser(t, a);
  await createUser(t, b);
  appClient = new pg.Client({ connectionString: t.appUrl });
  await appClient.connect();
});
afterAll(async () => {
  await appClient?.end();
  await t?.close();
});

async function tables(): Promise<string[]> {
  const rows = await t.owner<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((r) => r.relname);
}

/** Runs statements as the application role inside one transaction, then rolls back. */
async function asApp<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  await appClient.query('BEGIN');
  try {
    return await work(appClient);
  } finally {
    await appClient.query('ROLLBACK');
  }
}

describe('database posture', () => {
  it('every table but the migration ledgers has row-level security enabled and forced', async () => {
    const rows = await t.owner<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    const tenantTables = rows.filter((r) => !NOT_TENANT_DATA.includes(r.relname));
    expect(tenantTables.map((r) => r.relname)).toEqual(expect.arrayContaining(['organisation', 'app_user', 'refresh_token']));
    expect(tenantTables.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity).map((r) => r.relname)).toEqual([]);
  });

  it('every policy for the application role is keyed on the current organisation', async () => {
    const rows = await t.owner<{ tablename: string; policyname: string; roles: string[]; qual: string | null; with_check: string | null }>(
      `SELECT tablename, policyname, roles::text[] AS roles, qual, with_check FROM pg_policies WHERE schemaname = 'public'`,
    );
    const appPolicies = rows.filter((r) => r.roles.includes(appRole));
    expect(appPolicies.length).toBeGreaterThan(10);
    // Directly, or through a helper that is itself keyed on it (checked below).
    const keyed =
      /app_current_organisation_id\(\)|app_partner_sections\(|app_is_agreement_party\(|app_referral_gives_access\(|app_supervision_(visible|editable)\(|app_follow_up_access\(|app_referral_receiver_access\(/;
    // Or a row under a parent that is visible exactly when its parent is (migration 0021: a
    // supervision session's actions, comments…): the parent's own read policy must be keyed.
    const throughParent = /^\(EXISTS \( SELECT 1\s+FROM (\w+) s\s+WHERE \(s\.id = (\w+)\.session_id\)\)\)$/;
    const parents = new Set<string>();
    for (const policy of appPolicies) {
      const parent = policy.with_check === null ? throughParent.exec(policy.qual ?? '') : null;
      if (parent && parent[2] === policy.tablename) {
        parents.add(parent[1]!);
        continue;
      }
      expect(`${policy.qual ?? ''} ${policy.with_check ?? ''}`, `${policy.tablename}.${policy.policyname}`).toMatch(keyed);
    }
    expect([...parents]).toEqual(['supervision_session']);
    for (const parent of parents) {
      const reads = appPolicies.filter((p) => p.tablename === parent && p.qual !== null && /read/.test(p.policyname));
      expect(reads.length, `${parent}'s read policy`).toBeGreaterThan(0);
      for (const read of reads) expect(read.qual, `${parent}.${read.policyname}`).toMatch(keyed);
    }
    for (const helper of [
      'app_partner_sections', 'app_is_agreement_party', 'app_supervision_visible', 'app_supervision_editable', 'app_follow_up_access', 'app_referral_receiver_access',
      'app_owns_case', 'app_referral_agreement', 'app_supervision_member', 'app_supervision_case_linkable', 'app_audit_subject_allowed',
    ]) {
      const [source] = await t.owner<{ src: string }>('SELECT prosrc AS src FROM pg_proc WHERE proname = $1', [helper]);
      expect(source?.src, helper).toContain('app_current_organisation_id()');
    }
    const definition = await t.owner<{ src: string }>(`SELECT prosrc AS src FROM pg_proc WHERE proname = 'app_current_organisation_id'`);
    expect(definition[0]?.src).toContain("nullif(current_setting('app.organisation_id', true), '')");
  });

  it('the application role is no superuser, cannot bypass RLS, create roles or databases, and owns nothing', async () => {
    const [role] = await t.owner<Record<string, boolean>>(
      'SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1',
      [appRole],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await t.owner(
      `SELECT 'relation' AS kind, relname AS name FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'schema', nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'function', proname FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'database', datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [appRole],
    );
    expect(owned).toEqual([]);
    const [{ current_user: whoAmI }] = (await appClient.query('SELECT current_user')).rows as Array<{ current_user: string }>;
    expect(whoAmI).toBe(appRole);
    const [{ owner }] = await t.owner<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'app_user'`);
    expect(owner).not.toBe(appRole);
  });

  it('every SECURITY DEFINER function outside the auth schema searches pg_temp last (a temporary table can never stand in)', async () => {
    const functions = await t.owner<{ name: string; config: string[] | null }>(
      `SELECT p.oid::regprocedure::text AS name, p.proconfig AS config FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.prosecdef AND n.nspname NOT IN ('auth', 'pg_catalog', 'information_schema') ORDER BY 1`,
    );
    expect(functions.length).toBeGreaterThan(15);
    const unsafe = functions.filter((f) => !(f.config ?? []).includes('search_path=pg_catalog, public, pg_temp')).map((f) => `${f.name}: ${f.config}`);
    expect(unsafe).toEqual([]);
  });

  it('the application role may connect but not create temporary tables, here and in the provisioned template', async () => {
    const [privileges] = await t.owner<{ here: boolean; template: boolean; connect: boolean }>(
      `SELECT has_database_privilege($1, current_database(), 'TEMPORARY') AS here,
              has_database_privilege($1, $2, 'TEMPORARY') AS template,
              has_database_privilege($1, current_database(), 'CONNECT') AS connect`,
      [appRole, TEMPLATE_DATABASE],
    );
    expect(privileges).toEqual({ here: false, template: false, connect: true });
    const code = await asApp((client) => client.query('CREATE TEMP TABLE shadow (id int)').then(() => 'created', (error: { code?: string }) => error.code));
    expect(code).toBe('42501');
  });

  it('connected as the application role with no organisation set, every table shows zero rows or is closed', async () => {
    const counts: Record<string, string> = {};
    for (const table of await tables()) {
      counts[table] = await asApp(async (client) => {
        try {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${pg.escapeIdentifier(table)}`);
          return String(rows[0].n);
        } catch (error) {
          return (error as { code?: string }).code === '42501' ? 'closed' : `error ${String(error)}`;
        }
      });
    }
    // The owner sees the rows, so "zero" is RLS at work, not an empty table.
    expect(Number((await t.owner<{ n: number }>('SELECT count(*)::int AS n FROM app_user'))[0]!.n)).toBeGreaterThanOrEqual(3);
    for (const [table, count] of Object.entries(counts)) {
      expect(['0', 'closed'], `${table}: ${count}`).toContain(count);
    }
  });

  it("a setting left as '' by an earlier transaction on the connection means zero rows, not an error", async () => {
    await appClient.query(`BEGIN; SELECT set_config('app.organisation_id', '${a.id}', true); COMMIT;`);
    const [{ setting }] = (await appClient.query(`SELECT current_setting('app.organisation_id', true) AS setting`)).rows as Array<{ setting: string }>;
    expect(setting).toBe('');
    expect((await appClient.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(0);
  });

  it('with an organisation set, the application role sees exactly that organisation’s users', async () => {
    const visible = await asApp(async (client) => {
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.id]);
      return (await client.query<{ organisation_id: string }>('SELECT organisation_id FROM app_user')).rows;
    });
    expect(visible).toHaveLength(2);
    expect(new Set(visible.map((r) => r.organisation_id))).toEqual(new Set([a.id]));
  });

  it('the application role cannot write into another organisation, even with its own set', async () => {
    const attempt = (sql: string, params: unknown[]) =>
      asApp(async (client) => {
        await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.id]);
        try {
          const result = await client.query(sql, params);
          return `ok ${result.rowCount}`;
        } catch (error) {
          return String((error as { code?: string }).code);
        }
      });
    // 42501: insufficient privilege / new row violates row-level security policy
    expect(
      await attempt(
        `INSERT INTO app_user (organisation_id, email, name, roles, language, password_hash) VALUES ($1, 'x@test.example', 'X', '{}', 'en', '$argon2id$x')`,
        [b.id],
      ),
    ).toBe('42501');
    expect(await attempt(`UPDATE app_user SET name = 'Changed' WHERE organisation_id = $1`, [b.id])).toBe('ok 0');
    expect(await attempt(`UPDATE app_user SET organisation_id = $1`, [b.id])).toBe('42501');
    expect(await attempt(`UPDATE organisation SET name = 'Taken over' WHERE id = $1`, [b.id])).toBe('ok 0');
    expect(await attempt(`DELETE FROM app_user`, [])).toBe('42501');
  });

  it('the application role cannot read password hashes, refresh tokens or the login throttle directly', async () => {
    const codes = await asApp(async (client) => {
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.id]);
      const out: string[] = [];
      for (const sql of [
        'SELECT password_hash FROM app_user',
        'SELECT * FROM refresh_token',
        'SELECT * FROM login_throttle',
        'SELECT * FROM schema_migration',
        'SELECT * FROM schema_function',
      ]) {
        await client.query('SAVEPOINT s');
        try {
          await client.query(sql);
          out.push('readable');
        } catch (error) {
          out.push(String((error as { code?: string }).code));
        }
        await client.query('ROLLBACK TO SAVEPOINT s');
      }
      return out;
    });
    expect(codes).toEqual(['42501', '42501', '42501', '42501', '42501']);
  });

  it('a request leaves no tenant setting behind on its pooled connection', async () => {
    const user = await createUser(t, a);
    const { token } = await login(t, user);
    // The app's pool has 5 connections; use them all in turn so every one has served a request.
    for (let i = 0; i < 10; i += 1) await t.gql('{ me { id } }', {}, { token });
    const leftovers = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.database.app.query(`SELECT current_setting('app.organisation_id', true) AS org, (SELECT count(*)::int FROM app_user) AS n`),
      ),
    );
    for (const [row] of leftovers as Array<Array<{ org: string | null; n: number }>>) {
      expect(row!.org ?? '').toBe('');
      expect(row!.n).toBe(0);
    }
  });
});
