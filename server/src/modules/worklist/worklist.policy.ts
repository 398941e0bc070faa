import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';

/**
 * Analysts work with aggregated reports: nothing on a worklist is theirs (and the policies would
 * show them nothing). Every role that works with personal data has one.
 */
export function hasWorklist(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'PERSONAL_DATA');
}
