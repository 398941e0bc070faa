import { Injectable } from '@nestjs/common';
import { Admission } from '../concurrency/admission.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { AuthRepository, type Challenge, type NewSession } from './auth.repository.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from './password-hasher.js';

export type { NewSession } from './auth.repository.js';

export interface Principal {
  userId: string;
  organisationId: string;
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

  constructor(private readonly repository: AuthRepository) {}

  async verify(context: RequestContext, email: string, password: string, session: NewSession): Promise<Principal> {
    const challenge = await this.challenge(context, email);
    if (challenge.locked_until) throw lockedError(new Date(challenge.locked_until));
    const candidates = await this.candidates(challenge.prefixes, password);
    const attempt = await this.repository.attemptLogin(context, email, candidates, session);
    if (attempt?.outcome === 'ok' && attempt.user_id && attempt.organisation_id) {
      return { userId: attempt.user_id, organisationId: attempt.organisation_id };
    }
    if (attempt?.outcome === 'locked' && attempt.locked_until) throw lockedError(new Date(attempt.locked_until));
    throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'auth.invalidCredentials');
  }

  /** The challenge of an address: the prefixes to hash a password with, and a lock-out in force. */
  async challenge(context: RequestContext, email: string): Promise<Challenge> {
    const challenge = await this.repository.loginChallenge(context, email, DEFAULT_ARGON2_PARAMS);
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
