// Writes server/migrations/schema-snapshot.sql: what the migrations leave in the database that
// decides who sees what — every table's row-level security, every policy (command, roles, USING
// and WITH CHECK as pg_policies prints them), every function's signature and security, and what
// the application role is granted. The current rules are readable there in one place, and a
// change to them shows in review as a changed snapshot.
//
// `npm run db:snapshot -w server` builds the server, migrates a fresh embedded PostgreSQL and
// rewrites the file; server/test/database/schema-snapshot.test.ts compares it with the test
// template (migrated the same way) and fails when it is stale.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/free-port.mjs';

export const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const snapshotFile = join(serverRoot, 'migrations', 'schema-snapshot.sql');

const header = `-- The schema as the migrations leave it: row-level security, policies, functions and grants.
-- Written by \`npm run db:snapshot -w server\` from a freshly migrated database; do not edit.
-- test/database/schema-snapshot.test.ts fails when this differs from what the migrations make.
-- Change the schema with a new migration (functions: their files in migrations/functions/).
-- app_role and owner_role stand for the application role and the owner role.
`;

const schemas = ['auth', 'public'];

/** `(expression)`, without doubling the parentheses that pg_policies already printed around it. */
function parenthesised(expression) {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < expression.length; i += 1) {
    const char = expression[i];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth === 0 && i < expression.length - 1) return `(${expression})`;
  }
  return expression.startsWith('(') ? expression : `(${expression})`;
}

/** The snapshot of the database `client` is connected to, as text. */
export async function schemaSnapshot(client, { appRole, ownerRole }) {
  const roleName = (role) => (role === appRole ? 'app_role' : role === ownerRole ? 'owner_role' : role === 'public' ? 'PUBLIC' : role);
  const query = async (sql, params = []) => (await client.query(sql, params)).rows;

  const tables = await query(
    `SELECT n.nspname AS schema, c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY ($1) AND c.relkind IN ('r', 'p')
      ORDER BY 1, 2`,
    [schemas],
  );
  const policies = await query(
    `SELECT schemaname AS schema, tablename AS table, policyname AS name, permissive, roles::text[] AS roles, cmd, qual, with_check
       FROM pg_policies WHERE schemaname = ANY ($1) ORDER BY 1, 2, 3`,
    [schemas],
  );
  // Privileges of the application role and of PUBLIC (grantee 0), on relations and on their columns.
  const relationGrants = await query(
    `SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind,
            CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END AS grantee,
            string_agg(a.privilege_type, ', ' ORDER BY a.privilege_type) AS privileges
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
      WHERE n.nspname = ANY ($1) AND (a.grantee = 0 OR pg_get_userbyid(a.grantee) = $2)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4`,
    [schemas, appRole],
  );
  const columnGrants = await query(
    `SELECT n.nspname AS schema, c.relname AS name, a.privilege_type AS privilege,
            CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END AS grantee,
            string_agg(att.attname, ', ' ORDER BY att.attnum) AS columns
       FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
            aclexplode(att.attacl) a
      WHERE n.nspname = ANY ($1) AND att.attnum > 0 AND NOT att.attisdropped
        AND (a.grantee = 0 OR pg_get_userbyid(a.grantee) = $2)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4, 3`,
    [schemas, appRole],
  );
  const schemaGrants = await query(
    `SELECT n.nspname AS schema, CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END AS grantee,
            string_agg(a.privilege_type, ', ' ORDER BY a.privilege_type) AS privileges
       FROM pg_namespace n, aclexplode(n.nspacl) a
      WHERE n.nspname = ANY ($1) AND (a.grantee = 0 OR pg_get_userbyid(a.grantee) = $2)
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [schemas, appRole],
  );
  const functions = await query(
    `SELECT n.nspname AS schema, p.proname AS name, pg_get_function_arguments(p.oid) AS arguments,
            pg_get_function_identity_arguments(p.oid) AS identity, pg_get_function_result(p.oid) AS result,
            l.lanname AS language, p.provolatile AS volatility, p.prosecdef AS definer, p.proconfig AS config,
            p.proacl IS NULL AS default_acl,
            ARRAY(SELECT CASE WHEN a.grantee = 0 THEN 'public' ELSE pg_get_userbyid(a.grantee) END
                    FROM aclexplode(p.proacl) a WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner
                   ORDER BY 1)::text[] AS callers
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE n.nspname = ANY ($1)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1, 2, 4`,
    [schemas],
  );

  const extensions = await query(`SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`);

  const out = [header];
  for (const { name } of extensions) out.push(`CREATE EXTENSION ${name};`);
  for (const { schema, privileges, grantee } of schemaGrants) {
    out.push(`GRANT ${privileges} ON SCHEMA ${schema} TO ${roleName(grantee)};`);
  }
  for (const table of tables) {
    const qualified = `${table.schema}.${table.name}`;
    out.push('', `-- ${qualified} ${'-'.repeat(Math.max(3, 96 - qualified.length))}`);
    if (table.rls) out.push(`ALTER TABLE ${qualified} ENABLE ROW LEVEL SECURITY;`);
    if (table.forced) out.push(`ALTER TABLE ${qualified} FORCE ROW LEVEL SECURITY;`);
    if (!table.rls && !table.forced) out.push('-- no row-level security');
    for (const policy of policies.filter((p) => p.schema === table.schema && p.table === table.name)) {
      const as = policy.permissive === 'PERMISSIVE' ? '' : ` AS ${policy.permissive}`;
      const lines = [`CREATE POLICY ${policy.name} ON ${qualified}${as} FOR ${policy.cmd} TO ${policy.roles.map(roleName).join(', ')}`];
      if (policy.qual !== null) lines.push(`  USING ${parenthesised(policy.qual)}`);
      if (policy.with_check !== null) lines.push(`  WITH CHECK ${parenthesised(policy.with_check)}`);
      out.push(`${lines.join('\n')};`);
    }
    for (const grant of relationGrants.filter((g) => g.schema === table.schema && g.name === table.name)) {
      out.push(`GRANT ${grant.privileges} ON ${qualified} TO ${roleName(grant.grantee)};`);
    }
    for (const grant of columnGrants.filter((g) => g.schema === table.schema && g.name === table.name)) {
      out.push(`GRANT ${grant.privilege} (${grant.columns}) ON ${qualified} TO ${roleName(grant.grantee)};`);
    }
  }

  const sequences = relationGrants.filter((g) => g.kind === 'S');
  if (sequences.length > 0) {
    out.push('', `-- Sequences ${'-'.repeat(86)}`);
    for (const grant of sequences) out.push(`GRANT ${grant.privileges} ON SEQUENCE ${grant.schema}.${grant.name} TO ${roleName(grant.grantee)};`);
  }

  out.push('', `-- Functions (their definitions: migrations/functions/) ${'-'.repeat(42)}`);
  const volatility = { i: 'IMMUTABLE', s: 'STABLE', v: 'VOLATILE' };
  for (const fn of functions) {
    const attributes = [
      `LANGUAGE ${fn.language}`,
      volatility[fn.volatility],
      fn.definer ? 'SECURITY DEFINER' : 'SECURITY INVOKER',
      ...(fn.config ?? []).map((setting) => `SET ${setting.replace('=', ' = ')}`),
    ];
    const callers = fn.default_acl ? 'PUBLIC (the default)' : fn.callers.length > 0 ? fn.callers.map(roleName).join(', ') : 'owner_role only';
    out.push(
      '',
      `-- ${fn.schema}.${fn.name}(${fn.arguments})`,
      `--   RETURNS ${fn.result}`,
      `--   ${attributes.join(' ')}`,
      `--   EXECUTE: ${callers}`,
    );
  }
  return `${out.join('\n')}\n`;
}

async function write() {
  const dist = join(serverRoot, 'dist', 'core', 'database');
  const { startEmbeddedPostgres } = await import(join(dist, 'embedded-postgres.js'));
  const { newCredentials, provisionDatabase, roleUrl } = await import(join(dist, 'provision.js'));
  const { migrate } = await import(join(dist, 'migrations.js'));
  const pg = (await import('pg')).default;

  const dir = await mkdtemp(join(tmpdir(), 'cirkel-snapshot-'));
  await chmod(dir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its folder
  const database = await startEmbeddedPostgres({ dir, port: await freePort(), durable: false });
  try {
    const credentials = newCredentials('cirkel_snapshot');
    await provisionDatabase(database.superuserUrl, credentials);
    const ownerUrl = roleUrl(database.superuserUrl, credentials.ownerRole, credentials.ownerPassword, credentials.database);
    await migrate(ownerUrl, credentials.appRole);
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      await writeFile(snapshotFile, await schemaSnapshot(client, credentials));
    } finally {
      await client.end();
    }
    process.stdout.write(`wrote ${snapshotFile}\n`);
  } finally {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--write')) await write();
