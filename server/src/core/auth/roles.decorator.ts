import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../modules/users/role.enum.js';

export const ROLES_KEY = 'cirkel:roles';

/** Limits an operation to users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
