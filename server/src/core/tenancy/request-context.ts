import { defaultLanguage, type Language } from '@cirkel/i18n';
import type DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isDatabaseBusy } from '../database/pool-errors.js';
import { shortTransaction } from '../database/short-transaction.js';
import { AppError } from '../errors/app-error.js';
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
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/** Takes a pooled connection, or answers BUSY when none became free in time. */
async function connect(runner: QueryRunner): Promise<void> {
  try {
    await runner.connect();
  } catch (error) {
    await runner.release().catch(() => undefined);
    if (isDatabaseBusy(error)) throw AppError.busy(1, error);
    throw error;
  }
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

  /** Opens the request transaction and, with a verified token, sets the tenant and loads the actor. */
  async begin(dataSource: DataSource): Promise<void> {
    if (this.runner) return;
    if (this.finished) throw new Error('begin after the request transaction ended');
    const runner = dataSource.createQueryRunner();
    serialiseQueries(runner);
    await connect(runner);
    this.runner = runner;
    await runner.startTransaction();
    if (this.claims) {
      await this.loadActor(runner, this.claims.sub, this.claims.org);
      if (!this.currentActor) this.authFailure = 'invalid';
    }
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
   * finds no row and leaves the request anonymous.
   */
  private async loadActor(runner: QueryRunner, userId: string, organisationId: string): Promise<Actor | undefined> {
    await setTenant(runner, userId, organisationId, '');
    // The roles go into the transaction too (app.roles): some policies depend on them (health data).
    const rows: Array<{ id: string; organisation_id: string; roles: string[]; language: Language; active: boolean }> =
      await runner.query(
        `SELECT id, organisation_id, roles, language, active, set_config('app.roles', array_to_string(roles, ','), true) AS roles_set
           FROM app_user WHERE id = $1`,
        [userId],
      );
    const row = rows[0];
    if (!row || !row.active || row.organisation_id !== organisationId) {
      await setTenant(runner, '', '', '');
      this.currentActor = undefined;
      return undefined;
    }
    this.currentActor = Object.freeze({
      userId: row.id,
      organisationId: row.organisation_id,
      roles: Object.freeze([...row.roles]) as Actor['roles'],
      language: row.language,
    });
    const log = logContext.getStore();
    if (log) {
      log.userId = row.id;
      log.organisationId = row.organisation_id;
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
