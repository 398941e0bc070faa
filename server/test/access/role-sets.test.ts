import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_SETS, type RoleName, type RoleSetName } from '../../src/core/access/role-sets.js';
import { createTestDatabase } from '../support/test-app.js';

/** The SQL helper of each role set (migration 0007, migrations/functions/). A new set needs one. */
const SQL_HELPERS: Record<RoleSetName, string> = {
  CASE_STAFF: 'app_is_case_staff',
  CASE_READERS: 'app_is_case_reader',
  PARTNER_STAFF: 'app_is_partner_staff',
  FOLLOW_UP_STAFF: 'app_is_follow_up_staff',
  SUPERVISORS: 'app_is_supervisor',
  COORDINATORS: 'app_is_coordinator',
  PERSONAL_DATA: 'app_has_personal_data_role',
};

/** Every role there is (a new role fails to compile here until it is listed). */
const ROLES = Object.keys({
  CASEWORKER: true,
  SUPERVISOR: true,
  PARTNER_CASEWORKER: true,
  COORDINATOR: true,
  ANALYST: true,
} satisfies Record<RoleName, true>) as RoleName[];

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: pg.Client;
let owner: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  app = new pg.Client({ connectionString: database.appUrl });
  owner = new pg.Client({ connectionString: database.ownerUrl });
  await app.connect();
  await owner.connect();
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
});

/** Asks a helper as the application role would in a request: its tenant settings set for one transaction. */
async function helperAnswer(helper: string, roles: string): Promise<boolean | null> {
  await app.query('BEGIN');
  try {
    await app.query(
      `SELECT set_config('app.organisation_id', gen_random_uuid()::text, true),
              set_config('app.user_id', gen_random_uuid()::text, true),
              set_config('app.roles', $1, true)`,
      [roles],
    );
    const { rows } = await app.query<{ answer: boolean | null }>(`SELECT ${pg.escapeIdentifier(helper)}() AS answer`);
    return rows[0]!.answer;
  } finally {
    await app.query('ROLLBACK');
  }
}

describe('role sets in SQL', () => {
  it('every set of ROLE_SETS has its helper, and every helper answers true exactly for the set’s members', async () => {
    expect(Object.keys(SQL_HELPERS).sort()).toEqual(Object.keys(ROLE_SETS).sort());
    for (const [set, helper] of Object.entries(SQL_HELPERS) as Array<[RoleSetName, string]>) {
      const members: readonly string[] = ROLE_SETS[set];
      for (const role of ROLES) {
        expect(await helperAnswer(helper, role), `${helper}() for ${role}`).toBe(members.includes(role));
      }
      // Several roles: any member among them is enough, as inRoleSet() says.
      expect(await helperAnswer(helper, ROLES.join(',')), `${helper}() for all roles`).toBe(true);
      // No roles at all: not true (NULL, which a policy takes as no).
      expect(await helperAnswer(helper, ''), `${helper}() for no role`).not.toBe(true);
    }
  });

  it('no helper answers true outside a request (no settings at all)', async () => {
    for (const helper of Object.values(SQL_HELPERS)) {
      const { rows } = await app.query<{ answer: boolean | null }>(`SELECT ${pg.escapeIdentifier(helper)}() AS answer`);
      expect(rows[0]!.answer, helper).not.toBe(true);
    }
  });

  it('no policy names a role: each asks a role-set helper', async () => {
    const { rows } = await owner.query<{ policy: string; text: string }>(
      `SELECT schemaname || '.' || tablename || '.' || policyname AS policy, concat_ws(' ', qual, with_check) AS text FROM pg_policies`,
    );
    expect(rows.length).toBeGreaterThan(50);
    const literal = new RegExp(`'(${ROLES.join('|')})'`);
    expect(rows.filter((row) => literal.test(row.text)).map((row) => `${row.policy}: ${row.text}`)).toEqual([]);
    // …and the helpers are what they use instead.
    const used = new Set(rows.flatMap((row) => [...row.text.matchAll(/\b(app_is_[a-z_]+|app_has_personal_data_role)\(\)/g)].map((m) => m[1])));
    for (const helper of ['app_is_case_staff', 'app_is_case_reader', 'app_is_partner_staff', 'app_is_follow_up_staff', 'app_is_supervisor', 'app_is_coordinator']) {
      expect(used.has(helper), helper).toBe(true);
    }
  });
});
