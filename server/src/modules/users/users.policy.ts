import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { OrganisationKind } from '../organisations/organisations.enums.js';
import { type Role, rolesByOrganisationKind } from './role.enum.js';

// Who may manage the organisation's people. Row-level security says the same (app_user_manage).

/** Coordinators list, add, change and deactivate the people of their own organisation. */
export function canManageUsers(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'COORDINATORS');
}

/**
 * Nobody changes their own roles: a coordinator could otherwise give itself access to health data
 * and take it away again; another coordinator must do it.
 */
export function canChangeRolesOf(actor: Actor, user: { id: string }): boolean {
  return user.id !== actor.userId;
}

/** A colleague's name is changed by a coordinator; one's own by another coordinator (app_user_manage). */
export function canRenameUser(actor: Actor, user: { id: string }): boolean {
  return user.id !== actor.userId;
}

/** Nobody deactivates themselves (the organisation would be left without a way back in). */
export function canDeactivate(actor: Actor, user: { id: string }): boolean {
  return user.id !== actor.userId;
}

/** A reset link is for someone else: one's own password is changed knowing the current one. */
export function canIssueResetLinkFor(actor: Actor, user: { id: string }): boolean {
  return user.id !== actor.userId;
}

/** The first of the roles that makes no sense in this kind of organisation, if any. */
export function roleNotFor(kind: OrganisationKind, roles: readonly Role[]): Role | undefined {
  const allowed = rolesByOrganisationKind[kind];
  return roles.find((role) => !allowed.includes(role));
}
