import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';

/**
 * Analysts work with aggregated reports: nothing on a worklist is theirs (and the policies would
 * show them nothing). Every role that works with personal data has one.
 */
export function hasWorklist(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'PERSONAL_DATA');
}

/**
 * The cases that need the person are cases of their own office they are responsible for, which
 * only case readers may read (referral_case_read: app_is_case_reader()): for anyone else, a
 * partner caseworker say, the list is empty without asking the database.
 */
export function hasOwnCases(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'CASE_READERS');
}
