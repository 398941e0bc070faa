import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { requireActor } from '../tenancy/actor.js';
import type { RequestContext } from '../tenancy/request-context.js';
import type { AuthenticatedRequest } from './bearer-token.middleware.js';
import { BEFORE_OWN_PASSWORD_KEY } from './before-own-password.decorator.js';
import { PUBLIC_KEY } from './public.decorator.js';
import { ROLES_KEY } from './roles.decorator.js';

/**
 * The global guard (APP_GUARD): every query and mutation needs a signed-in actor unless marked
 * @Public(), and the roles of @Roles() if given. Closed by default; a test lists every public one.
 * Someone signed in with a temporary password (added by a coordinator) gets only the operations
 * marked @BeforeOwnPassword() — choosing their own — and PASSWORD_CHANGE_REQUIRED for the rest.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (execution.getType<string>() === 'http') {
      // REST handlers: a verified token is required here; the actor is loaded in their transaction.
      if (!execution.switchToHttp().getRequest<AuthenticatedRequest>().claims) throw AppError.unauthenticated();
      return true;
    }
    if (execution.getType<string>() !== 'graphql') throw AppError.unauthenticated();
    const context = GqlExecutionContext.create(execution).getContext<RequestContext>();
    const actor = requireActor(context);
    if (actor.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_OWN_PASSWORD_KEY, targets)) {
      throw new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'auth.passwordChangeRequired');
    }
    const roles = this.reflector.getAllAndOverride<readonly string[] | undefined>(ROLES_KEY, targets);
    if (roles && roles.length > 0 && !roles.some((role) => (actor.roles as readonly string[]).includes(role))) throw AppError.forbidden();
    return true;
  }
}
