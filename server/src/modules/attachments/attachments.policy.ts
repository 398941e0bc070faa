import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';

/** Upload a file (a signed consent form): the referring office's case staff, who record consent. */
export function canUploadAttachment(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'CASE_STAFF');
}
