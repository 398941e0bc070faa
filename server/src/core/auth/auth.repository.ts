import type { Language } from '@cirkel/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { maybeOne, one } from '../database/sql.js';
import type { RequestContext } from '../tenancy/request-context.js';

/** An address's challenge: the prefixes to hash a password with, and a lock-out in force. */
export interface Challenge {
  prefixes: string[];
  locked_until: Date | null;
}

export interface LoginAttempt {
  outcome: 'ok' | 'invalid' | 'locked';
  user_id: string | null;
  organisation_id: string | null;
  locked_until: Date | null;
}

export interface Rotation {
  outcome: string;
  user_id: string | null;
  organisation_id: string | null;
}

export interface PasswordChange {
  outcome: 'ok' | 'wrong' | 'locked' | 'unknown';
  locked_until: Date | null;
}

/** The signed-in user's challenge, with what a new password may not contain. */
export interface OwnChallenge extends Challenge {
  email: string;
  name: string;
}

/** A reset link's challenge: its account's prefix, and what a new password may not contain. */
export interface ResetChallenge {
  prefix: string;
  email: string;
  name: string;
}

/** The account an e-mailed reset link goes to (none: unknown address, or throttled). */
export interface ResetRecipient {
  user_id: string;
  name: string;
  language: Language;
}

/** The first refresh token of the session a successful login starts (issued by the database). */
export interface NewSession {
  familyId: string;
  tokenHash: Buffer;
  expiresAt: Date;
}

/**
 * The auth schema's functions, for the operations that commit on their own
 * (self-committing-operations.ts): each method is one short transaction of its own
 * (RequestContext.ownTransaction), committed before the method returns, so that a counted attempt
 * or a revoked token family stays even when the operation then fails.
 */
@Injectable()
export class AuthRepository {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The challenge of an address (known or not: the answer has the same shape). */
  loginChallenge(context: RequestContext, email: string, argon2Params: string): Promise<Challenge | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<Challenge>(runner.manager, 'SELECT * FROM auth.login_challenge($1, $2)', [email, argon2Params]),
    );
  }

  /** The challenge of the signed-in user's own address. */
  passwordChallenge(context: RequestContext, userId: string, argon2Params: string): Promise<OwnChallenge | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<OwnChallenge>(
        runner.manager,
        `SELECT c.prefixes, c.locked_until, u.email, u.name FROM app_user u CROSS JOIN LATERAL auth.login_challenge(u.email, $2) AS c WHERE u.id = $1`,
        [userId, argon2Params],
      ),
    );
  }

  /** Counts the attempt, compares, and on a match issues the session's first refresh token. */
  attemptLogin(context: RequestContext, email: string, candidates: string[], session: NewSession): Promise<LoginAttempt | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<LoginAttempt>(runner.manager, 'SELECT * FROM auth.attempt_login($1, $2, $3, $4, $5)', [
        email,
        candidates,
        session.familyId,
        session.tokenHash,
        session.expiresAt,
      ]),
    );
  }

  /** Replaces a refresh token by the next one; a reused token revokes its whole family. */
  rotateRefreshToken(context: RequestContext, presentedHash: Buffer, nextHash: Buffer, expiresAt: Date): Promise<Rotation | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<Rotation>(runner.manager, 'SELECT * FROM auth.rotate_refresh_token($1, $2, $3)', [presentedHash, nextHash, expiresAt]),
    );
  }

  async revokeRefreshFamily(context: RequestContext, presentedHash: Buffer): Promise<void> {
    await context.ownTransaction(this.dataSource, (runner) => one(runner.manager, 'SELECT auth.revoke_refresh_family($1)', [presentedHash]));
  }

  /** Compares the current password, stores the new one and ends the user's other sessions. */
  changePassword(context: RequestContext, candidates: string[], newHash: string, keptSessionHash: Buffer | null): Promise<PasswordChange | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<PasswordChange>(runner.manager, 'SELECT * FROM auth.change_password($1, $2, $3)', [candidates, newHash, keptSessionHash]),
    );
  }

  /** Sets the first password of a signed-in user who must choose one; ends their other sessions. */
  async setFirstPassword(context: RequestContext, newHash: string, keptSessionHash: Buffer | null): Promise<'ok' | 'not_required'> {
    const row = await context.ownTransaction(this.dataSource, (runner) =>
      one<{ outcome: 'ok' | 'not_required' }>(runner.manager, 'SELECT * FROM auth.set_first_password($1, $2)', [newHash, keptSessionHash]),
    );
    return row.outcome;
  }

  /** Records an e-mailed reset link for the address's account, unless throttled; whom to write to. */
  requestPasswordReset(context: RequestContext, email: string, tokenHash: Buffer, expiresAt: Date): Promise<ResetRecipient | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<ResetRecipient>(runner.manager, 'SELECT * FROM auth.request_password_reset($1, $2, $3)', [email, tokenHash, expiresAt]),
    );
  }

  /** The challenge of a reset link that can still be used. */
  passwordResetChallenge(context: RequestContext, tokenHash: Buffer, argon2Params: string): Promise<ResetChallenge | undefined> {
    return context.ownTransaction(this.dataSource, (runner) =>
      maybeOne<ResetChallenge>(runner.manager, 'SELECT * FROM auth.password_reset_challenge($1, $2)', [tokenHash, argon2Params]),
    );
  }

  /** Spends a reset link and sets the new password (see auth.complete_password_reset). */
  async completePasswordReset(context: RequestContext, tokenHash: Buffer, newHash: string): Promise<'ok' | 'invalid'> {
    const row = await context.ownTransaction(this.dataSource, (runner) =>
      one<{ outcome: 'ok' | 'invalid' }>(runner.manager, 'SELECT outcome FROM auth.complete_password_reset($1, $2)', [tokenHash, newHash]),
    );
    return row.outcome;
  }

  /** Opens the request transaction, in which the operation continues as the signed-in user. */
  beginRequestTransaction(context: RequestContext): Promise<void> {
    return context.begin(this.dataSource);
  }
}
