import type { Actor } from '../../core/tenancy/actor.js';
import { isCaseOwner } from '../cases/cases.policy.js';

/** A case's consents are the owner's record: a partner it was referred to sees none of them. */
export function canSeeConsents(actor: Actor, referralCase: { readonly organisationId: string }): boolean {
  return isCaseOwner(actor, referralCase);
}

