import { SetMetadata } from '@nestjs/common';
import type { RoleName } from '../access/role-sets.js';
import type { Role } from '../../modules/users/role.enum.js';

export const ROLES_KEY = 'cirkel:roles';

/**
 * Limits an operation to users holding at least one of these roles: a role, or the members of a
 * named set (`@Roles(...ROLE_SETS.SUPERVISORS)`), the same sets the policies decide with.
 */
export const Roles = (...roles: ReadonlyArray<Role | RoleName>) => SetMetadata(ROLES_KEY, roles);
