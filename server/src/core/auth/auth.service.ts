import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { UsersService } from '../../modules/users/users.service.js';
import { AUTHENTICATOR, type Authenticator } from './authenticator.js';
import { CredentialsVerifier, lockedError, type NewSession, type Principal } from './credentials-verifier.js';
import type { AuthPayload } from './dtos/auth-payload.model.js';
import type { LoginInput } from './dtos/login.input.js';
import type { LocalLoginRequest } from './local.strategy.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from './password-hasher.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';
import { hashRefreshToken, TokenService } from './token.service.js';

/** Runs passport-local (LocalStrategy) for one set of credentials. */
function authenticateLocal(authenticator: Authenticator, request: LocalLoginRequest): Promise<Principal> {
  return new Promise((resolve, reject) => {
    authenticator.authenticate('local', { session: false }, (error: unknown, principal: Principal | false) => {
      if (error) reject(error);
      else if (principal) resolve(principal);
      else reject(new AppError(ErrorCode.INVALID_CREDENTIALS, 'auth.invalidCredentials'));
    })(request, {}, reject);
  });
}

/**
 * Sessions and passwords. Every operation here commits on its own (see
 * self-committing-operations.ts): its steps are short transactions one after another, and only
 * once the credentials are settled does the request open its transaction as the user.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly verifier: CredentialsVerifier,
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  /** Checks the credentials; the database issues the session's first refresh token only if they match. */
  async login(context: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const refresh = this.tokens.newRefreshToken();
    const session: NewSession = { familyId: randomUUID(), tokenHash: refresh.hash, expiresAt: refresh.expiresAt };
    const principal = await authenticateLocal(this.authenticator, {
      body: { email: input.email, password: input.password },
      query: {},
      cirkel: { context, session },
    });
    setRefreshCookie(context.res, refresh.token, refresh.expiresAt, this.config.cookieSecure);
    return this.payload(context, principal);
  }

  /** Exchanges the refresh cookie for a new one and a new access token. */
  async refresh(context: RequestContext): Promise<AuthPayload> {
    const presented = readRefreshCookie(context.req);
    if (!presented) throw AppError.unauthenticated('auth.sessionExpired');
    const next = this.tokens.newRefreshToken();
    // Committed on its own: a detected reuse must revoke the family even though this request fails.
    const [result] = await context.ownTransaction(
      this.dataSource,
      (runner) =>
        runner.query('SELECT * FROM auth.rotate_refresh_token($1, $2, $3)', [hashRefreshToken(presented), next.hash, next.expiresAt]) as Promise<
          Array<{ outcome: string; user_id: string | null; organisation_id: string | null }>
        >,
    );
    if (result?.outcome !== 'ok' || !result.user_id || !result.organisation_id) {
      clearRefreshCookie(context.res, this.config.cookieSecure);
      throw AppError.unauthenticated('auth.sessionExpired');
    }
    setRefreshCookie(context.res, next.token, next.expiresAt, this.config.cookieSecure);
    return this.payload(context, { userId: result.user_id, organisationId: result.organisation_id });
  }

  async logout(context: RequestContext): Promise<boolean> {
    const presented = readRefreshCookie(context.req);
    if (presented) {
      await context.ownTransaction(this.dataSource, (runner) =>
        runner.query('SELECT auth.revoke_refresh_family($1)', [hashRefreshToken(presented)]),
      );
    }
    clearRefreshCookie(context.res, this.config.cookieSecure);
    return true;
  }

  /**
   * The database compares the current password (counted like a login attempt), stores the new
   * one and ends every other session of the user; the session asking keeps going.
   */
  async changePassword(context: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const actor = context.actor;
    const [challenge] = await context.ownTransaction(
      this.dataSource,
      (runner) =>
        runner.query(
          `SELECT c.prefixes, c.locked_until FROM app_user u CROSS JOIN LATERAL auth.login_challenge(u.email, $2) AS c WHERE u.id = $1`,
          [actor.userId, DEFAULT_ARGON2_PARAMS],
        ) as Promise<Array<{ prefixes: string[]; locked_until: Date | null }>>,
    );
    if (!challenge) throw AppError.unauthenticated();
    if (challenge.locked_until) throw lockedError(new Date(challenge.locked_until));
    const [newHash, ...candidates] = await this.verifier.hashAll([
      { prefix: passwordHasher.newPasswordPrefix(challenge.prefixes[0]!), password: newPassword },
      ...challenge.prefixes.map((prefix) => ({ prefix, password: currentPassword })),
    ]);
    const presented = readRefreshCookie(context.req);
    const [result] = await context.ownTransaction(
      this.dataSource,
      (runner) =>
        runner.query('SELECT * FROM auth.change_password($1, $2, $3)', [
          candidates,
          newHash,
          presented ? hashRefreshToken(presented) : null,
        ]) as Promise<Array<{ outcome: 'ok' | 'wrong' | 'locked' | 'unknown'; locked_until: Date | null }>>,
    );
    switch (result?.outcome) {
      case 'ok':
        return true;
      case 'wrong':
        throw AppError.badInput('currentPassword', 'auth.wrongCurrentPassword');
      case 'locked':
        throw lockedError(new Date(result.locked_until!));
      default:
        throw AppError.unauthenticated();
    }
  }

  /** From here on this request acts as the user, so `user { organisation }` resolves under RLS. */
  private async payload(context: RequestContext, principal: Principal): Promise<AuthPayload> {
    await context.begin(this.dataSource);
    const actor = await context.authenticateAs(principal.userId, principal.organisationId);
    if (!actor) throw AppError.unauthenticated('auth.sessionExpired');
    const access = this.tokens.signAccessToken(principal.userId, principal.organisationId);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, user: await this.users.me(context) };
  }
}
