import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';

// Who may change an organisation's directory entry. Row-level security says the same
// (organisation_own_update): a coordinator, their own organisation only.

/** A coordinator names their own organisation (its name as written and in the other script). */
export function canRenameOrganisation(actor: Actor, organisation: { id: string }): boolean {
  return inRoleSet(actor.roles, 'COORDINATORS') && organisation.id === actor.organisationId;
}
