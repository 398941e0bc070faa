import { registerEnumType } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import type { OrganisationKind } from '../organisations/organisations.enums.js';

export enum Role {
  CASEWORKER = 'CASEWORKER',
  SUPERVISOR = 'SUPERVISOR',
  PARTNER_CASEWORKER = 'PARTNER_CASEWORKER',
  COORDINATOR = 'COORDINATOR',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    CASEWORKER: { description: 'Takes in returnees, records consent, refers cases (city offices).' },
    SUPERVISOR: { description: 'Supervises and mentors partner caseworkers (city offices).' },
    PARTNER_CASEWORKER: { description: 'Accepts referrals and records follow-up (partner offices).' },
    COORDINATOR: { description: "Manages the organisation's users and agreements." },
    ANALYST: { description: 'Reads aggregated reports only, never personal data.' },
  },
});

/**
 * The roles that work with cases, referrals, follow-up, supervision and messages: every role but
 * ANALYST, which reads aggregated reports only (ROLE_SETS.PERSONAL_DATA, as the policies say).
 */
export const PERSONAL_DATA_ROLES: readonly Role[] = ROLE_SETS.PERSONAL_DATA.map((role) => Role[role]);

/** Which roles make sense in which kind of organisation. */
export const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  CITY: [Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR, Role.ANALYST],
  MUNICIPALITY: [Role.PARTNER_CASEWORKER, Role.COORDINATOR, Role.ANALYST],
  CLDD_OFFICE: [Role.PARTNER_CASEWORKER, Role.COORDINATOR, Role.ANALYST],
};
