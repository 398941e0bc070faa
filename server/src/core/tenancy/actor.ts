import type { Language } from '@cirkel/i18n';
import type { Role } from '../../modules/users/role.enum.js';

/** Who is asking: built once per request from the verified token and the user's row. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly roles: readonly Role[];
  readonly language: Language;
  /** Added with a temporary password and not yet chosen their own: see AuthGuard. */
  readonly mustChangePassword: boolean;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/**
 * The signed-in actor of a request, or UNAUTHENTICATED: the first line of a service method that
 * needs no more than "someone is signed in" (instead of a bare `context.actor;` statement).
 */
export function requireActor(context: { readonly actor: Actor }): Actor {
  return context.actor;
}
