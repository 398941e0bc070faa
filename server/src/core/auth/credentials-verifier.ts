import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { passwordHasher } from './password-hasher.js';

export interface Principal {
  userId: string;
  organisationId: string;
}

interface LoginState {
  user_id: string | null;
  organisation_id: string | null;
  password_hash: string | null;
  active: boolean | null;
  locked_until: Date | null;
}

function minutesUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 60_000));
}

/**
 * Checks an e-mail and password. Known and unknown addresses take the same path (same
 * argon2 work, same throttle, same answer), so the answer never tells whether an address exists.
 *
 * Runs on the application pool outside the request transaction, through the narrow SECURITY
 * DEFINER functions of the auth schema: a failed attempt must be counted even though the
 * request itself fails and rolls back.
 */
@Injectable()
export class CredentialsVerifier {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async verify(email: string, password: string): Promise<Principal> {
    const [state] = (await this.dataSource.query('SELECT * FROM auth.login_state($1)', [email])) as LoginState[];
    if (state?.locked_until && new Date(state.locked_until) > new Date()) {
      // Not even checked: a locked address cannot be probed for the right password.
      throw this.locked(new Date(state.locked_until));
    }
    const matches = await passwordHasher.verify(state?.password_hash, password);
    if (!matches || !state?.user_id || !state.organisation_id || !state.active) {
      const [{ locked_until: lockedUntil }] = (await this.dataSource.query('SELECT auth.record_login_failure($1) AS locked_until', [
        email,
      ])) as Array<{ locked_until: Date | null }>;
      if (lockedUntil && new Date(lockedUntil) > new Date()) throw this.locked(new Date(lockedUntil));
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'auth.invalidCredentials');
    }
    await this.dataSource.query('SELECT auth.record_login_success($1)', [state.user_id]);
    return { userId: state.user_id, organisationId: state.organisation_id };
  }

  private locked(until: Date): AppError {
    const minutes = minutesUntil(until);
    return new AppError(ErrorCode.ACCOUNT_LOCKED, 'auth.accountLocked', {
      params: { count: minutes },
      details: { retryAfterSeconds: Math.ceil((until.getTime() - Date.now()) / 1000) },
    });
  }
}
