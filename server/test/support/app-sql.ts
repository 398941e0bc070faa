import pg from 'pg';
import type { TestApp } from './test-app.js';

/** Who the statements run as: the tenant settings a request would set (all optional: anonymous). */
export interface SqlActor {
  organisationId?: string;
  userId?: string;
  roles?: string[];
}

export interface AppSql {
  client: pg.Client;
  /** Runs a statement; its rows. Throws on error (and leaves the transaction aborted). */
  rows<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /**
   * Runs a statement in a savepoint: 'ok <rows affected>' or the SQLSTATE it failed with (42501:
   * refused by a policy or a privilege). The transaction goes on either way.
   */
  attempt(sql: string, params?: unknown[]): Promise<string>;
  /** Changes the tenant settings, as a second request in the same transaction would. */
  actAs(actor: SqlActor): Promise<void>;
}

async function setActor(client: pg.Client, actor: SqlActor): Promise<void> {
  await client.query(
    `SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true), set_config('app.roles', $3, true)`,
    [actor.organisationId ?? '', actor.userId ?? '', (actor.roles ?? []).join(',')],
  );
}

/**
 * Connects as the application role — what a service with a bug could send — with the tenant
 * settings of `actor`, runs `work` in one transaction and rolls it back, so nothing stays behind
 * (or, with `commit`, commits it: for what must persist, such as a counted login attempt).
 */
export async function asApplication<T>(
  t: TestApp,
  actor: SqlActor,
  work: (sql: AppSql) => Promise<T>,
  options: { commit?: boolean } = {},
): Promise<T> {
  const client = new pg.Client({ connectionString: t.appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await setActor(client, actor);
    const result = await work({
      client,
      async rows(sql, params) {
        return (await client.query(sql, params)).rows;
      },
      async attempt(sql, params) {
        await client.query('SAVEPOINT attempt');
        try {
          const result = await client.query(sql, params);
          await client.query('RELEASE SAVEPOINT attempt');
          return `ok ${result.rowCount ?? 0}`;
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT attempt');
          return String((error as { code?: string }).code ?? error);
        }
      },
      actAs: (next) => setActor(client, next),
    });
    if (options.commit) await client.query('COMMIT');
    return result;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}
