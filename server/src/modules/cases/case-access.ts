import DataLoader from 'dataloader';
import { hasRole, type Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { allSections, ConsentSection } from '../consents/consent-section.enum.js';
import { Role } from '../users/role.enum.js';
import type { ReferralCase } from './referral-case.entity.js';

/** Sections a role may read at all, on its own organisation's cases or on referred ones. */
function sectionsForRoles(actor: Actor, owner: boolean): ConsentSection[] {
  const personal = owner
    ? hasRole(actor, Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR)
    : hasRole(actor, Role.PARTNER_CASEWORKER, Role.COORDINATOR);
  if (!personal) return [];
  const health = owner ? hasRole(actor, Role.CASEWORKER, Role.SUPERVISOR) : hasRole(actor, Role.PARTNER_CASEWORKER);
  return allSections.filter((section) => section !== ConsentSection.HEALTH || health);
}

/** The sections partner cases share with the viewer's organisation now (app_partner_sections). */
const partnerSectionsLoader = (context: RequestContext) =>
  new DataLoader<string, ConsentSection[] | null>(async (caseIds) => {
    const rows = (await context.db.query('SELECT id, app_partner_sections(id) AS sections FROM unnest($1::uuid[]) AS id', [
      [...caseIds],
    ])) as Array<{ id: string; sections: ConsentSection[] | null }>;
    const byId = new Map(rows.map((row) => [row.id, row.sections]));
    return caseIds.map((id) => byId.get(id) ?? null);
  });

/**
 * The access function of the case aggregate: which sections of this case the actor may see.
 * The owner's people see what their roles allow; a partner sees what a live referral shares
 * (and its roles allow). The same rules are the row-level security policies of the section
 * tables; this one gives clear answers and the `visibleSections` field.
 */
export async function visibleSections(context: RequestContext, referralCase: ReferralCase): Promise<ConsentSection[]> {
  const actor = context.actor;
  const owner = referralCase.organisationId === actor.organisationId;
  const byRole = sectionsForRoles(actor, owner);
  if (owner) return byRole;
  const shared = (await context.loader(partnerSectionsLoader).load(referralCase.id)) ?? [];
  return byRole.filter((section) => shared.includes(section));
}

export function isOwner(context: RequestContext, referralCase: ReferralCase): boolean {
  return referralCase.organisationId === context.actor.organisationId;
}
