// PostGraphile 4 on the volume database, for bench/postgraphile.mjs only: the comparison issue 10
// names. Run as a child process with DATABASE_URL (the portal's application role, so the same
// forced row-level security applies), JWT_SECRET (the portal's, so the same token is checked the
// same way), PORT and POSTGRAPHILE_DIR (where `npm install postgraphile@4` put it; it is not a
// dependency of the project). Each request: the bearer token verified, then PostGraphile's own
// transaction with the tenant settings that app_enter_request() would set (app.user_id,
// app.organisation_id, app.roles), one statement for the whole page.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const require = createRequire(join(process.env.POSTGRAPHILE_DIR, 'package.json'));
const { postgraphile } = require('postgraphile');
// Tables, their columns and relations only: the portal's functions are its own API, not PostGraphile's.
const { PgComputedColumnsPlugin, PgQueryProceduresPlugin, PgMutationProceduresPlugin } = require('graphile-build-pg');

const roles = new Map();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.JWT_SECRET;

async function rolesOf(userId, organisationId) {
  const key = `${userId}:${organisationId}`;
  if (!roles.has(key)) {
    // As app_enter_request() reads them (its own transaction, the tenant set first).
    // Once per person, where the portal reads the user in every request (a deactivated person is
    // refused at once there): if anything, this favours PostGraphile.
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query('SELECT user_roles FROM app_enter_request($1, $2)', [userId, organisationId]);
      await client.query('COMMIT');
      roles.set(key, rows[0]?.user_roles ?? []);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return roles.get(key);
}

const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  watchPg: false,
  disableDefaultMutations: true,
  skipPlugins: [PgComputedColumnsPlugin, PgQueryProceduresPlugin, PgMutationProceduresPlugin],
  async pgSettings(req) {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = jwt.verify(token ?? '', secret, { algorithms: ['HS256'] });
    return {
      'app.user_id': claims.sub,
      'app.organisation_id': claims.org,
      'app.roles': (await rolesOf(claims.sub, claims.org)).join(','),
    };
  },
});

const server = createServer(middleware);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
