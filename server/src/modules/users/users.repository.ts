import type { Language } from '@cirkel/i18n';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { execute, one } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Role } from './role.enum.js';
import { User } from './user.entity.js';

export interface NewUser {
  organisationId: string;
  email: string;
  name: string;
  nameLatin: string | null;
  nameArabic: string | null;
  roles: Role[];
  language: Language;
  passwordHash: string;
}

export interface UserNames {
  name: string;
  nameLatin: string | null;
  nameArabic: string | null;
}

export interface NewPasswordReset {
  organisationId: string;
  userId: string;
  tokenHash: Buffer;
  issuedBy: string;
  expiresAt: Date;
}

export interface UserFilter {
  organisationId: string;
  includeInactive: boolean;
  search?: string | null;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/** The people of the request's organisation (RLS hides every other organisation's). */
@Injectable()
export class UsersRepository {
  byId(context: RequestContext, id: string, organisationId: string): Promise<User | null> {
    return context.db.getRepository(User).findOneBy({ id, organisationId });
  }

  /** One page in name order after the cursor (lower(name), id), and how many match in all. */
  async page(context: RequestContext, filter: UserFilter, first: number, after?: readonly [string, string]): Promise<{ rows: User[]; totalCount: number }> {
    const query = context.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisation', { organisation: filter.organisationId });
    if (!filter.includeInactive) query.andWhere('u.active');
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        '(lower(u.name) LIKE :pattern OR lower(u.name_latin) LIKE :pattern OR lower(u.name_arabic) LIKE :pattern OR u.email LIKE :pattern)',
        { pattern },
      );
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = after;
      query.andWhere('(lower(u.name), u.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(u.name)').addOrderBy('u.id').limit(first + 1).getMany();
    return { rows, totalCount };
  }

  /** The salt prefixes of an address (every account of an address shares its salt). */
  async passwordPrefixes(context: RequestContext, email: string, argon2Params: string): Promise<string[]> {
    const challenge = await one<{ prefixes: string[] }>(context.db, 'SELECT prefixes FROM auth.login_challenge($1, $2)', [email, argon2Params]);
    return challenge.prefixes;
  }

  /** The new user's id, or undefined when a colleague of the same organisation has the address. */
  async insert(context: RequestContext, user: NewUser): Promise<string | undefined> {
    try {
      const row = await one<{ id: string }>(
        context.db,
        `INSERT INTO app_user (organisation_id, email, name, name_latin, name_arabic, roles, language, password_hash, must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) RETURNING id`,
        [user.organisationId, user.email, user.name, user.nameLatin, user.nameArabic, user.roles, user.language, user.passwordHash],
      );
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_organisation_email_key')) return undefined;
      throw error;
    }
  }

  /** A colleague's name and its spellings (row-level security, app_user_manage: never one's own). */
  async setNames(context: RequestContext, userId: string, names: UserNames): Promise<void> {
    await context.db.getRepository(User).update({ id: userId }, names);
  }

  async setRoles(context: RequestContext, userId: string, roles: Role[]): Promise<void> {
    await context.db.getRepository(User).update({ id: userId }, { roles });
  }

  /** Deactivates the user and ends every session they have. */
  async deactivate(context: RequestContext, userId: string): Promise<void> {
    await context.db.getRepository(User).update({ id: userId }, { active: false, deactivatedAt: () => 'now()' });
    await execute(context.db, 'SELECT auth.revoke_user_sessions($1)', [userId]);
  }

  /**
   * A coordinator's reset link for a colleague: only the token's hash is stored. Row-level
   * security (password_reset_issue) refuses any organisation but the caller's, and any caller but
   * a coordinator.
   */
  async insertPasswordReset(context: RequestContext, reset: NewPasswordReset): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO password_reset (organisation_id, user_id, token_hash, kind, issued_by, expires_at)
       VALUES ($1, $2, $3, 'ISSUED', $4, $5)`,
      [reset.organisationId, reset.userId, reset.tokenHash, reset.issuedBy, reset.expiresAt],
    );
  }

  /** Nobody updates their own row directly (app_user_manage): a definer function sets one's language. */
  async setMyLanguage(context: RequestContext, language: Language): Promise<void> {
    await execute(context.db, 'SELECT app_set_my_language($1)', [language]);
  }
}
