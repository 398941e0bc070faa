import { inRoleSet, ROLE_SETS } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import { Role } from '../users/role.enum.js';

/**
 * Who lists their own organisation's staff (to name one as holder of an activity or owner of a
 * follow-up): every role that records such work, the roles that work with personal data. Analysts
 * read aggregates only and never pick a person.
 */
export const COLLEAGUE_READERS: readonly Role[] = ROLE_SETS.PERSONAL_DATA.map((name) => Role[name]);

export function canListColleagues(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'PERSONAL_DATA');
}
