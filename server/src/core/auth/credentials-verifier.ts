import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Admission } from '../concurrency/admission.js';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from './password-hasher.js';

export interface Principal {
  userId: string;
  organisationId: string;
}

/** The first refresh token of the session a successful login starts (issued by the database). */
export interface NewSession {
  familyId: string;
  tokenHash: Buffer;
  expiresAt: Date;
}

interface Challenge {
  prefixes: string[];
  locked_until: Date | null;
}

interface Attempt {
  outcome: 'ok' | 'invalid' | 'locked';
  user_id: string | null;
  organisation_id: string | null;
  locked_until: Date | null;
}

export function lockedError(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(ErrorCode.ACCOUNT_LOCKED, 'auth.accountLocked', {
    params: { count: Math.ceil(seconds / 60) },
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * Checks an e-mail and password without the password hash ever leaving the database: the
 * database hands out the address's challenge (argon2 parameters and salt), this server computes
 * the candidate, and `auth.attempt_login` counts the attempt, compares, and on a match issues the
 * session's refresh token — one transaction under a lock on the address, so concurrent guesses
 * cannot outrun the lock-out. Known and unknown addresses take the same path and the same time.
 *
 * Each step is a short transaction of its own (RequestContext.ownTransaction); no connection is
 * held while argon2 runs. argon2 is deliberately expensive, so at most a few run at once and a
 * bounded number wait; beyond that a login is answered BUSY at once.
 */
@Injectable()
export class CredentialsVerifier {
  /** argon2 runs on libuv's four worker threads: four at once, up to 200 waiting for 10 s. */
  readonly hashing = new Admission(4, 200, 10_000);

  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async verify(context: RequestContext, email: string, password: string, session: NewSession): Promise<Principal> {
    const challenge = await this.challenge(context, email);
    if (challenge.locked_until) throw lockedError(new Date(challenge.locked_until));
    const candidates = await this.candidates(challenge.prefixes, password);
    const [attempt] = await context.ownTransaction(
      this.dataSource,
      (runner) =>
        runner.query('SELECT * FROM auth.attempt_login($1, $2, $3, $4, $5)', [
          email,
          candidates,
          session.familyId,
          session.tokenHash,
          session.expiresAt,
        ]) as Promise<Attempt[]>,
    );
    if (attempt?.outcome === 'ok' && attempt.user_id && attempt.organisation_id) {
      return { userId: attempt.user_id, organisationId: attempt.organisation_id };
    }
    if (attempt?.outcome === 'locked' && attempt.locked_until) throw lockedError(new Date(attempt.locked_until));
    throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'auth.invalidCredentials');
  }

  /** The challenge of an address: the prefixes to hash a password with, and a lock-out in force. */
  async challenge(context: RequestContext, email: string): Promise<Challenge> {
    const [challenge] = await context.ownTransaction(
      this.dataSource,
      (runner) => runner.query('SELECT * FROM auth.login_challenge($1, $2)', [email, DEFAULT_ARGON2_PARAMS]) as Promise<Challenge[]>,
    );
    if (!challenge) throw new Error('auth.login_challenge answered nothing');
    return challenge;
  }

  /** The password hashed under each prefix (normally one), within the admission limits. */
  candidates(prefixes: string[], password: string): Promise<string[]> {
    return this.hashAll(prefixes.map((prefix) => ({ prefix, password })));
  }

  /** Several argon2 hashes as one admitted piece of work. */
  hashAll(jobs: Array<{ prefix: string; password: string }>): Promise<string[]> {
    return this.hashing.run(() => Promise.all(jobs.map((job) => passwordHasher.hashFor(job.prefix, job.password))));
  }
}
