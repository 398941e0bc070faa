import { inRoleSet, ROLE_SETS } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import { Role } from '../users/role.enum.js';
import type { AgreementParty } from './agreement-party.entity.js';
import { AgreementStatus } from './agreements.enums.js';
import type { CooperationAgreement } from './cooperation-agreement.entity.js';

// Who may do what with a cooperation agreement. Row-level security shows an agreement only to
// its parties and lets only their coordinators change it; these predicates give the clear answers
// and the viewerCan… fields.

/** Coordinators, for @Roles: they propose, confirm and terminate agreements. */
export const COORDINATORS: readonly Role[] = ROLE_SETS.COORDINATORS.map((name) => Role[name]);

/** The actor's organisation is a party to the agreement. */
export function isAgreementParty(actor: Actor, parties: readonly AgreementParty[]): boolean {
  return parties.some((party) => party.organisationId === actor.organisationId);
}

/** A coordinator of a party that has not confirmed yet, while the agreement is not terminated. */
export function canConfirmAgreement(actor: Actor, agreement: CooperationAgreement, parties: readonly AgreementParty[]): boolean {
  return (
    inRoleSet(actor.roles, 'COORDINATORS') &&
    !agreement.terminatedAt &&
    parties.some((party) => party.organisationId === actor.organisationId && !party.confirmedAt)
  );
}

/** A coordinator of a party, while the agreement is neither terminated nor expired. */
export function canTerminateAgreement(actor: Actor, status: AgreementStatus, parties: readonly AgreementParty[]): boolean {
  return (
    inRoleSet(actor.roles, 'COORDINATORS') &&
    status !== AgreementStatus.TERMINATED &&
    status !== AgreementStatus.EXPIRED &&
    isAgreementParty(actor, parties)
  );
}
