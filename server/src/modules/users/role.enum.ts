import { registerEnumType } from '@nestjs/graphql';
import type { OrganisationKind } from '../organisations/organisation-kind.enum.js';

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
 * ANALYST, which reads aggregated reports only. The row-level security policies say the same.
 */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER_CASEWORKER, Role.COORDINATOR];

/** Which roles make sense in which kind of organisation. */
export const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  CITY: [Role.CASEWORKER, Role.SUPERVISOR, Role.COORDINATOR, Role.ANALYST],
  MUNICIPALITY: [Role.PARTNER_CASEWORKER, Role.COORDINATOR, Role.ANALYST],
  CLDD_OFFICE: [Role.PARTNER_CASEWORKER, Role.COORDINATOR, Role.ANALYST],
};
