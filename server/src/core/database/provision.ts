import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

export interface DatabaseCredentials {
  database: string;
  ownerRole: string;
  ownerPassword: string;
  appRole: string;
  appPassword: string;
}

export function newCredentials(database: string): DatabaseCredentials {
  return {
    database,
    ownerRole: 'cirkel_owner',
    ownerPassword: randomBytes(24).toString('base64url'),
    appRole: 'cirkel_app',
    appPassword: randomBytes(24).toString('base64url'),
  };
}

/** Kept next to the embedded cluster (mode 0600) so a restart reconnects with the same roles. */
export async function loadOrCreateCredentials(file: string, database: string): Promise<DatabaseCredentials> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DatabaseCredentials;
  } catch {
    const credentials = newCredentials(database);
    await writeFile(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
    return credentials;
  }
}

export function roleUrl(baseUrl: string, role: string, password: string, database: string): string {
  const url = new URL(baseUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates (or brings up to date) the two roles and the database on a cluster where we hold the
 * superuser: the embedded one, and the test cluster. On an existing PostgreSQL an administrator
 * does this once (README: "Running on an existing PostgreSQL").
 */
export async function provisionDatabase(superuserUrl: string, credentials: DatabaseCredentials): Promise<void> {
  const { database, ownerRole, ownerPassword, appRole, appPassword } = credentials;
  const admin = new pg.Client({ connectionString: superuserUrl, application_name: 'cirkel-provision' });
  await admin.connect();
  try {
    const ident = pg.escapeIdentifier;
    const literal = pg.escapeLiteral;
    const roles = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [[ownerRole, appRole]]);
    const existing = new Set(roles.rows.map((r) => r.rolname));
    const ownerVerb = existing.has(ownerRole) ? 'ALTER' : 'CREATE';
    const appVerb = existing.has(appRole) ? 'ALTER' : 'CREATE';
    await admin.query(
      `${ownerVerb} ROLE ${ident(ownerRole)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal(ownerPassword)}`,
    );
    // The application role: owns nothing, can create nothing, is never exempt from RLS.
    await admin.query(
      `${appVerb} ROLE ${ident(appRole)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${literal(appPassword)}`,
    );
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(ownerRole)} ENCODING 'UTF8' TEMPLATE template0`);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(ownerRole)}`);
    // The application role connects and nothing more: no temporary tables, which could otherwise
    // stand in for real ones in a function that looks names up. Revoked too from a cluster
    // provisioned before this rule.
    await admin.query(`REVOKE TEMPORARY ON DATABASE ${ident(database)} FROM ${ident(appRole)}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${ident(database)} TO ${ident(appRole)}`);
  } finally {
    await admin.end();
  }
}

/** How the portal reaches its database in a cluster it provisioned. */
export interface ProvisionedUrls {
  ownerUrl: string;
  appUrl: string;
  appRole: string;
  /** The cluster's superuser, on the portal's database (maintenance, benchmarks). */
  superuserUrl: string;
}

/**
 * The portal's database and its two roles in an embedded cluster whose folder is `dir`: the
 * credentials are made on first use and kept in `<dir>/credentials.json`; roles and database are
 * created if missing. `npm start` and the volume benchmark start their clusters this one way.
 */
export async function provisionEmbedded(clusterSuperuserUrl: string, dir: string): Promise<ProvisionedUrls> {
  const credentials = await loadOrCreateCredentials(join(dir, 'credentials.json'), 'cirkel');
  await provisionDatabase(clusterSuperuserUrl, credentials);
  const superuserPassword = decodeURIComponent(new URL(clusterSuperuserUrl).password);
  return {
    ownerUrl: roleUrl(clusterSuperuserUrl, credentials.ownerRole, credentials.ownerPassword, credentials.database),
    appUrl: roleUrl(clusterSuperuserUrl, credentials.appRole, credentials.appPassword, credentials.database),
    appRole: credentials.appRole,
    superuserUrl: roleUrl(clusterSuperuserUrl, decodeURIComponent(new URL(clusterSuperuserUrl).username), superuserPassword, credentials.database),
  };
}
