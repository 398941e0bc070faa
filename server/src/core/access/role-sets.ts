// Who may do what, by role: one map read by the server's policies and by the client, which uses it
// only to spare people buttons and pages the server would refuse. Pure data, no imports, so that
// both sides can load it. The row-level security helpers (app_is_case_staff() and friends) say
// the same in SQL; server/test/access/role-sets.test.ts keeps the two in step.

export type RoleName = 'CASEWORKER' | 'SUPERVISOR' | 'PARTNER_CASEWORKER' | 'COORDINATOR' | 'ANALYST';

export const ROLE_SETS = {
  /** Open, edit and refer their office's cases, record consent, read health: the referring office's staff. */
  CASE_STAFF: ['CASEWORKER', 'SUPERVISOR'],
  /** Read their own office's cases (personal sections but health): case staff and coordinators. */
  CASE_READERS: ['CASEWORKER', 'SUPERVISOR', 'COORDINATOR'],
  /** Answer referrals received and read what they share: the partner office's staff. */
  PARTNER_STAFF: ['PARTNER_CASEWORKER', 'COORDINATOR'],
  /** Record arrival, plans, visits and assessments, and read shared health: partner caseworkers. */
  FOLLOW_UP_STAFF: ['PARTNER_CASEWORKER'],
  /** Record and edit supervision sessions. */
  SUPERVISORS: ['SUPERVISOR'],
  /** Manage the organisation's users and agreements, and read a case's audit trail. */
  COORDINATORS: ['COORDINATOR'],
  /** Every role that works with personal data: all but ANALYST (aggregated reports only). */
  PERSONAL_DATA: ['CASEWORKER', 'SUPERVISOR', 'PARTNER_CASEWORKER', 'COORDINATOR'],
} as const satisfies Record<string, readonly RoleName[]>;

export type RoleSetName = keyof typeof ROLE_SETS;

/** Whether any of the roles is in the named set. */
export function inRoleSet(roles: readonly string[], set: RoleSetName): boolean {
  const members: readonly string[] = ROLE_SETS[set];
  return roles.some((role) => members.includes(role));
}
