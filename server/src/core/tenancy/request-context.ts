import { defaultLanguage, type Language } from '@cirkel/i18n';
import type DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isDatabaseBusy } from '../database/pool-errors.js';
import { shortTransaction } from '../database/short-transaction.js';
import { AppError } from '../errors/app-error.js';
import { isUuid } from '../graphql/uuid.js';
import { languageFromHeader } from '../i18n/server-i18n.js';
import { logContext } from '../logging/request-context-store.js';
import type { Actor } from './actor.js';

/** An audit event about reading or being refused (see core/audit): written whatever the outcome. */
export interface AccessAuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  subjectOrganisationId?: string | null;
  details?: Record<string, unknown>;
}

/** The claims of a verified access token (see auth/token.service.ts). */
export interface AccessClaims {
  sub: string;
  org: string;
}

export type AuthFailure = 'expired' | 'invalid';

type LoaderFactory<K, V> = (context: RequestContext) => DataLoader<K, V>;

/**
 * One connection runs one statement at a time. DataLoaders of sibling fields dispatch in the
 * same tick; queue their statements here instead of handing pg concurrent queries on one client.
 *
 * `begin` sends START TRANSACTION together with its first statement (one round trip); the
 * START TRANSACTION that TypeORM's startTransaction() then issues, only to keep its own
 * bookkeeping (isTransactionActive, savepoint depth), is answered here without being sent again.
 */
function serialiseQueries(runner: QueryRunner): { transactionSent: boolean } {
  const state = { transactionSent: false };
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    if (state.transactionSent && args[0] === 'START TRANSACTION') {
      state.transactionSent = false;
      return Promise.resolve([]);
    }
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
  return state;
}

/** Takes a pooled connection (pg's client), or answers BUSY when none became free in time. */
async function connect(runner: QueryRunner): Promise<PoolClient> {
  try {
    return (await runner.connect()) as PoolClient;
  } catch (error) {
    await runner.release().catch(() => undefined);
    if (isDatabaseBusy(error)) throw AppError.busy(1, error);
    throw error;
  }
}

/** The row of app_enter_request() (see server/migrations/functions/app_enter_request.sql). */
interface EnteredUser {
  user_id: string;
  user_organisation_id: string;
  user_roles: string[];
  user_language: Language;
  user_must_change_password: boolean;
}

/** The tenant settings of the current transaction; they end with it (`is_local`). */
async function setTenant(runner: QueryRunner, userId: string, organisationId: string, roles: string): Promise<void> {
  await runner.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true), set_config('app.roles', $3, true)`,
    [userId, organisationId, roles],
  );
}

/**
 * The GraphQL context of one request: who asks, in which language, and the one database
 * transaction in which every resolver and DataLoader of the request runs. Its tenant settings
 * (`app.user_id`, `app.organisation_id`) are transaction-local, so they end with the
 * transaction and can never stay on a pooled connection.
 */
export class RequestContext {
  readonly requestId: string;
  claims?: AccessClaims;
  authFailure?: AuthFailure;
  private currentActor?: Actor;
  private runner?: QueryRunner;
  private finished = false;
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  /** Reads and refusals to audit once the transaction is over (it may roll back; they must not). */
  readonly accessAudit: AccessAuditEntry[] = [];

  constructor(
    readonly req: Request,
    readonly res: Response,
  ) {
    this.requestId = (req as Request & { id?: string }).id ?? 'unknown';
    // If the client goes away before the response is sent, never keep the connection.
    // A failed rollback of a request nobody waits for any more is no reason to stop the server.
    res.once('close', () => void this.finish(false).catch(() => undefined));
  }

  /** The signed-in actor; throws UNAUTHENTICATED for an anonymous request. */
  get actor(): Actor {
    if (!this.currentActor) {
      throw AppError.unauthenticated(this.authFailure === 'expired' ? 'auth.sessionExpired' : 'codes.UNAUTHENTICATED');
    }
    return this.currentActor;
  }

  get isAuthenticated(): boolean {
    return this.currentActor !== undefined;
  }

  /** The caller's language: their stored one, else the browser's Accept-Language, else English. */
  get language(): Language {
    return this.currentActor?.language ?? languageFromHeader(this.req.header('accept-language')) ?? defaultLanguage;
  }

  /** The request transaction's entity manager; row-level security applies to all it reads. */
  get db(): EntityManager {
    if (!this.runner || this.finished) {
      throw new Error('No request transaction: the tenancy plugin opens it when the operation is resolved.');
    }
    return this.runner.manager;
  }

  /** One DataLoader per factory and request, so batches share the request's transaction. */
  loader<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Opens the request transaction and, with a verified token, sets the tenant and loads the actor:
   * one round trip for both (START TRANSACTION and app_enter_request in one simple query; the two
   * ids, from a token this server signed, are checked to be UUIDs before they are written in).
   */
  async begin(dataSource: DataSource): Promise<void> {
    if (this.runner) return;
    if (this.finished) throw new Error('begin after the request transaction ended');
    const runner = dataSource.createQueryRunner();
    const queries = serialiseQueries(runner);
    const client = await connect(runner);
    this.runner = runner;
    const claims = this.claims;
    if (claims && isUuid(claims.sub) && isUuid(claims.org)) {
      const enter = `SELECT * FROM app_enter_request('${claims.sub}', '${claims.org}')`;
      // Past TypeORM's runner (which keeps one result per query), so logged here as it would log them.
      dataSource.logger.logQuery('START TRANSACTION', [], runner);
      dataSource.logger.logQuery(enter, [], runner);
      const results = (await client.query(`START TRANSACTION; ${enter}`)) as unknown as Array<{ rows: EnteredUser[] }>;
      queries.transactionSent = true;
      await runner.startTransaction();
      this.enter(results[1]?.rows[0], claims.sub, claims.org);
    } else {
      await runner.startTransaction();
    }
    if (claims && !this.currentActor) this.authFailure = 'invalid';
  }

  /**
   * For operations that commit on their own (log in, refresh, log out, change one's password):
   * loads the actor of a verified token in a short transaction and gives the connection back at
   * once, so that the operation's own transactions never wait for a second connection while this
   * request holds one.
   */
  async authenticate(dataSource: DataSource): Promise<void> {
    if (!this.claims || this.currentActor) return;
    const claims = this.claims;
    await this.ownTransaction(dataSource, async (runner) => {
      await this.loadActor(runner, claims.sub, claims.org);
    });
    if (!this.currentActor) this.authFailure = 'invalid';
  }

  /**
   * A short transaction of the operation's own, as the signed-in actor (or as nobody), committed
   * when `work` succeeds. Refused while the request transaction holds a connection: a request
   * never holds one pooled connection while it waits for another.
   */
  async ownTransaction<T>(dataSource: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (this.runner && !this.finished) {
      throw new Error('ownTransaction while the request transaction holds a connection');
    }
    return shortTransaction(
      dataSource,
      async (runner) => {
        const actor = this.currentActor;
        if (actor) await setTenant(runner, actor.userId, actor.organisationId, actor.roles.join(','));
        return work(runner);
      },
      connect,
    );
  }

  /**
   * Sets the tenant of the request transaction and loads the actor's row through row-level
   * security (after a login or refresh, the request continues as that user). Needs `begin` first.
   */
  async authenticateAs(userId: string, organisationId: string): Promise<Actor | undefined> {
    const runner = this.runner;
    if (!runner || this.finished) throw new Error('authenticateAs before begin');
    return this.loadActor(runner, userId, organisationId);
  }

  /**
   * A token whose user was deactivated, or whose organisation claim does not match the user's,
   * finds no row and leaves the request anonymous (app_enter_request resets the tenant then).
   */
  private async loadActor(runner: QueryRunner, userId: string, organisationId: string): Promise<Actor | undefined> {
    const rows: EnteredUser[] = await runner.query('SELECT * FROM app_enter_request($1, $2)', [userId, organisationId]);
    return this.enter(rows[0], userId, organisationId);
  }

  private enter(row: EnteredUser | undefined, userId: string, organisationId: string): Actor | undefined {
    if (!row || row.user_id !== userId || row.user_organisation_id !== organisationId) {
      this.currentActor = undefined;
      return undefined;
    }
    this.currentActor = Object.freeze({
      userId: row.user_id,
      organisationId: row.user_organisation_id,
      roles: Object.freeze([...row.user_roles]) as Actor['roles'],
      language: row.user_language,
      mustChangePassword: row.user_must_change_password,
    });
    const log = logContext.getStore();
    if (log) {
      log.userId = row.user_id;
      log.organisationId = row.user_organisation_id;
    }
    return this.currentActor;
  }

  /** The actor if signed in, without throwing. */
  get optionalActor(): Actor | undefined {
    return this.currentActor;
  }

  /** The actor's language changed during the request (setMyLanguage): answer in the new one. */
  updateActorLanguage(language: Language): void {
    if (this.currentActor) this.currentActor = Object.freeze({ ...this.currentActor, language });
  }

  /** Whether a request transaction is open (begun, not yet finished). */
  get holdsTransaction(): boolean {
    return this.runner !== undefined && !this.finished;
  }

  /** Commits (or rolls back) and releases the connection; safe to call more than once. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    const runner = this.runner;
    if (!runner) return;
    try {
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}
