import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import type { OrganisationKind } from '../organisations/organisations.enums.js';

export const Role = graphqlEnum('Role', {
  CASEWORKER: 'Takes in returnees, records consent, refers cases (city offices).',
  SUPERVISOR: 'Supervises and mentors partner caseworkers (city offices).',
  PARTNER_CASEWORKER: 'Accepts referrals and records follow-up (partner offices).',
  COORDINATOR: "Manages the organisation's users and agreements.",
  ANALYST: 'Reads aggregated reports only, never personal data.',
});
export type Role = EnumValue<typeof Role>;

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
