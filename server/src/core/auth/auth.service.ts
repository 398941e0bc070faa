import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { UsersService } from '../../modules/users/users.service.js';
import { AUTHENTICATOR, type Authenticator } from './authenticator.js';
import type { Principal } from './credentials-verifier.js';
import type { AuthPayload } from './dtos/auth-payload.model.js';
import type { LoginInput } from './dtos/login.input.js';
import { passwordHasher } from './password-hasher.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';
import { hashRefreshToken, TokenService } from './token.service.js';

/** Runs passport-local (LocalStrategy) for one set of credentials. */
function authenticateLocal(authenticator: Authenticator, input: LoginInput): Promise<Principal> {
  return new Promise((resolve, reject) => {
    const request = { body: { email: input.email, password: input.password }, query: {} };
    authenticator.authenticate('local', { session: false }, (error: unknown, principal: Principal | false) => {
      if (error) reject(error);
      else if (principal) resolve(principal);
      else reject(new AppError(ErrorCode.INVALID_CREDENTIALS, 'auth.invalidCredentials'));
    })(request, {}, reject);
  });
}

@Injectable()
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async login(context: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const principal = await authenticateLocal(this.authenticator, input);
    return this.startSession(context, principal, randomUUID());
  }

  /** Exchanges the refresh cookie for a new one and a new access token. */
  async refresh(context: RequestContext): Promise<AuthPayload> {
    const presented = readRefreshCookie(context.req);
    if (!presented) throw AppError.unauthenticated('auth.sessionExpired');
    const next = this.tokens.newRefreshToken();
    // Autocommit on the pool: a detected reuse must revoke the family even though this request fails.
    const [result] = (await this.dataSource.query('SELECT * FROM auth.rotate_refresh_token($1, $2, $3)', [
      hashRefreshToken(presented),
      next.hash,
      next.expiresAt,
    ])) as Array<{ outcome: string; user_id: string | null; organisation_id: string | null }>;
    if (result?.outcome !== 'ok' || !result.user_id || !result.organisation_id) {
      clearRefreshCookie(context.res, this.config.cookieSecure);
      throw AppError.unauthenticated('auth.sessionExpired');
    }
    setRefreshCookie(context.res, next.token, next.expiresAt, this.config.cookieSecure);
    return this.payload(context, { userId: result.user_id, organisationId: result.organisation_id });
  }

  async logout(context: RequestContext): Promise<boolean> {
    const presented = readRefreshCookie(context.req);
    if (presented) await this.dataSource.query('SELECT auth.revoke_refresh_family($1)', [hashRefreshToken(presented)]);
    clearRefreshCookie(context.res, this.config.cookieSecure);
    return true;
  }

  async changePassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    context.actor;
    const [{ hash }] = (await context.db.query('SELECT auth.current_user_password_hash() AS hash')) as Array<{ hash: string | null }>;
    if (!(await passwordHasher.verify(hash, currentPassword))) {
      throw AppError.badInput('currentPassword', 'auth.wrongCurrentPassword');
    }
    await context.db.query('SELECT auth.set_current_user_password_hash($1)', [await passwordHasher.hash(newPassword)]);
    return true;
  }

  private async startSession(context: RequestContext, principal: Principal, familyId: string): Promise<AuthPayload> {
    const refresh = this.tokens.newRefreshToken();
    await this.dataSource.query('SELECT auth.issue_refresh_token($1, $2, $3, $4)', [
      principal.userId,
      familyId,
      refresh.hash,
      refresh.expiresAt,
    ]);
    setRefreshCookie(context.res, refresh.token, refresh.expiresAt, this.config.cookieSecure);
    return this.payload(context, principal);
  }

  /** From here on this request acts as the user, so `user { organisation }` resolves under RLS. */
  private async payload(context: RequestContext, principal: Principal): Promise<AuthPayload> {
    const actor = await context.authenticateAs(principal.userId, principal.organisationId);
    if (!actor) throw AppError.unauthenticated('auth.sessionExpired');
    const access = this.tokens.signAccessToken(principal.userId, principal.organisationId);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, user: await this.users.me(context) };
  }
}
