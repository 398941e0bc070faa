import { inRoleSet, ROLE_SETS } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import { Role } from '../users/role.enum.js';

/**
 * Who keeps an organisation's contacts directory: every role that works with personal data (the
 * directory holds contact persons); analysts get counts from the reports instead. Partner
 * organisations keep directories of their own on the same terms. In SQL: app_has_personal_data_role().
 */
export const CONTACT_STAFF: readonly Role[] = ROLE_SETS.PERSONAL_DATA.map((name) => Role[name]);

export function canUseContacts(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'PERSONAL_DATA');
}
