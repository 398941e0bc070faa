import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { requireActor } from '../tenancy/actor.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { UsersService } from '../../modules/users/users.service.js';
import { AuthRepository, type NewSession } from './auth.repository.js';
import { AUTHENTICATOR, type Authenticator } from './authenticator.js';
import { CredentialsVerifier, lockedError, type Principal } from './credentials-verifier.js';
import type { AuthPayload } from './dtos/auth-payload.model.js';
import type { LoginInput } from './dtos/login.input.js';
import type { LocalLoginRequest } from './local.strategy.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from './password-hasher.js';
import { checkNewPassword } from './password-policy.js';
import { hashRefreshToken, TokenService } from './token.service.js';

/** A signed-in session: who, and the refresh token the resolver puts in the cookie. */
export interface SessionStart {
  principal: Principal;
  refresh: { token: string; expiresAt: Date };
}

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
 * self-committing-operations.ts): its steps are short transactions one after another
 * (AuthRepository), and only once the credentials are settled does the request open its
 * transaction as the user. The refresh token travels in a cookie, which is AuthResolver's.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly verifier: CredentialsVerifier,
    private readonly repository: AuthRepository,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  /** Checks the credentials; the database issues the session's first refresh token only if they match. */
  async login(context: RequestContext, input: LoginInput): Promise<SessionStart> {
    const refresh = this.tokens.newRefreshToken();
    const session: NewSession = { familyId: randomUUID(), tokenHash: refresh.hash, expiresAt: refresh.expiresAt };
    const principal = await authenticateLocal(this.authenticator, {
      body: { email: input.email, password: input.password },
      query: {},
      cirkel: { context, session },
    });
    return { principal, refresh };
  }

  /**
   * Exchanges a refresh token for the next one, or undefined when the database refuses it (expired,
   * revoked, or reused — a reuse revokes the family, committed although this request fails).
   */
  async refresh(context: RequestContext, presented: string | undefined): Promise<SessionStart | undefined> {
    if (!presented) throw AppError.unauthenticated('auth.sessionExpired');
    const next = this.tokens.newRefreshToken();
    const result = await this.repository.rotateRefreshToken(context, hashRefreshToken(presented), next.hash, next.expiresAt);
    if (result?.outcome !== 'ok' || !result.user_id || !result.organisation_id) return undefined;
    return { principal: { userId: result.user_id, organisationId: result.organisation_id }, refresh: next };
  }

  /** Revokes the presented refresh token's family, if any. */
  async logout(context: RequestContext, presented: string | undefined): Promise<void> {
    if (presented) await this.repository.revokeRefreshFamily(context, hashRefreshToken(presented));
  }

  /**
   * The database compares the current password (counted like a login attempt), stores the new
   * one and ends every other session of the user; the session asking (`presented`) keeps going.
   */
  async changePassword(context: RequestContext, currentPassword: string, newPassword: string, presented: string | undefined): Promise<boolean> {
    const actor = requireActor(context);
    const challenge = await this.repository.passwordChallenge(context, actor.userId, DEFAULT_ARGON2_PARAMS);
    if (!challenge) throw AppError.unauthenticated();
    if (challenge.locked_until) throw lockedError(new Date(challenge.locked_until));
    checkNewPassword(newPassword, challenge);
    if (newPassword === currentPassword) throw AppError.badInput('newPassword', 'auth.passwordUnchanged');
    const [newHash, ...candidates] = await this.verifier.hashAll([
      { prefix: passwordHasher.newPasswordPrefix(challenge.prefixes[0]!), password: newPassword },
      ...challenge.prefixes.map((prefix) => ({ prefix, password: currentPassword })),
    ]);
    const result = await this.repository.changePassword(context, candidates, newHash!, presented ? hashRefreshToken(presented) : null);
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

  /**
   * The first password of someone a coordinator added with a temporary one: no current password
   * asked (they have just signed in with it); their other sessions end.
   */
  async setFirstPassword(context: RequestContext, newPassword: string, presented: string | undefined): Promise<boolean> {
    const actor = requireActor(context);
    if (!actor.mustChangePassword) throw new AppError(ErrorCode.BAD_REQUEST, 'auth.passwordAlreadyChosen');
    const challenge = await this.repository.passwordChallenge(context, actor.userId, DEFAULT_ARGON2_PARAMS);
    if (!challenge) throw AppError.unauthenticated();
    checkNewPassword(newPassword, challenge);
    const [newHash] = await this.verifier.hashAll([{ prefix: passwordHasher.newPasswordPrefix(challenge.prefixes[0]!), password: newPassword }]);
    const outcome = await this.repository.setFirstPassword(context, newHash!, presented ? hashRefreshToken(presented) : null);
    if (outcome !== 'ok') throw new AppError(ErrorCode.BAD_REQUEST, 'auth.passwordAlreadyChosen');
    return true;
  }

  /** From here on this request acts as the user, so `user { organisation }` resolves under RLS. */
  async signIn(context: RequestContext, principal: Principal): Promise<AuthPayload> {
    await this.repository.beginRequestTransaction(context);
    const actor = await context.authenticateAs(principal.userId, principal.organisationId);
    if (!actor) throw AppError.unauthenticated('auth.sessionExpired');
    const access = this.tokens.signAccessToken(principal.userId, principal.organisationId);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, user: await this.users.me(context) };
  }
}
