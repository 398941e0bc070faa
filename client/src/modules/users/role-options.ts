import { Role } from '../../gql/graphql';

/** Roles in the order a coordinator thinks of them: the office's own staff first. */
export const roleOptions: readonly Role[] = [
  Role.Caseworker,
  Role.Supervisor,
  Role.Coordinator,
  Role.PartnerCaseworker,
  Role.Analyst,
];

export const minimumPasswordLength = 12;
