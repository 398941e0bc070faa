import type { Language } from '@cirkel/i18n';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { auditChange } from '../../core/audit/audit.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from '../../core/auth/password-hasher.js';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import type { CreateUserInput } from './dtos/create-user.input.js';
import type { UsersArgs } from './dtos/users.args.js';
import { Role, rolesByOrganisationKind } from './role.enum.js';
import { User } from './user.entity.js';

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/**
 * People of the caller's own organisation. Row-level security already hides every other
 * organisation's users; this service adds the role rules and clear errors, and answers
 * NOT_FOUND for an id it cannot see, exactly as for one that does not exist.
 */
@Injectable()
export class UsersService {
  async me(context: RequestContext): Promise<User> {
    return this.get(context, context.actor.userId);
  }

  async get(context: RequestContext, id: string): Promise<User> {
    const actor = context.actor;
    if (!isUuid(id)) throw AppError.notFound('users.notFound');
    // RLS already hides other organisations' users; the filter says the same thing in code.
    const user = await context.db.getRepository(User).findOneBy({ id, organisationId: actor.organisationId });
    if (!user) throw AppError.notFound('users.notFound');
    return user;
  }

  async list(context: RequestContext, args: UsersArgs): Promise<Connection<User>> {
    const actor = context.actor;
    checkPageSize(args.first);
    const query = context.db
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisation', { organisation: actor.organisationId });
    if (!args.includeInactive) query.andWhere('u.active');
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(lower(u.name) LIKE :pattern OR u.email LIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['text', 'uuid']);
      query.andWhere('(lower(u.name), u.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(u.name)').addOrderBy('u.id').limit(args.first + 1).getMany();
    return toConnection(rows, args.first, totalCount, (u) => [u.name.toLowerCase(), u.id]);
  }

  /**
   * Adds a person. An address is unique within the organisation only: whether it also belongs to
   * someone in another organisation is none of this organisation's business, so the answer is
   * the same either way (a person may work for two organisations; see 0005_auth_in_database).
   */
  async create(context: RequestContext, input: CreateUserInput): Promise<User> {
    const actor = context.actor;
    await this.checkRolesFitOrganisation(context, input.roles, 'roles');
    // Every account of an address shares its salt (one argon2 per login, however many accounts).
    const [challenge] = (await context.db.query('SELECT prefixes FROM auth.login_challenge($1, $2)', [
      input.email,
      DEFAULT_ARGON2_PARAMS,
    ])) as Array<{ prefixes: string[] }>;
    const passwordHash = await passwordHasher.hashFor(passwordHasher.newPasswordPrefix(challenge!.prefixes[0]!), input.password);
    let id: string;
    try {
      const rows = (await context.db.query(
        `INSERT INTO app_user (organisation_id, email, name, roles, language, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [actor.organisationId, input.email, input.name, [...new Set(input.roles)], input.language, passwordHash],
      )) as Array<{ id: string }>;
      id = rows[0]!.id;
    } catch (error) {
      // Only a colleague of the same organisation can hold the address already, and they can see them.
      if (isUniqueViolation(error, 'app_user_organisation_email_key')) throw AppError.conflict('users.emailTaken', 'email');
      throw error;
    }
    await auditChange(context, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      details: { roles: [...new Set(input.roles)].sort(), language: input.language },
    });
    return this.get(context, id);
  }

  /**
   * Replaces a colleague's roles. Nobody changes their own: a coordinator could otherwise give
   * itself access to health data and take it away again; another coordinator must do it.
   */
  async updateRoles(context: RequestContext, userId: string, roles: Role[]): Promise<User> {
    const actor = context.actor;
    const user = await this.get(context, userId);
    if (user.id === actor.userId) throw AppError.forbidden('users.cannotChangeOwnRoles');
    await this.checkRolesFitOrganisation(context, roles, 'roles');
    const next = [...new Set(roles)].sort();
    const before = [...user.roles].sort();
    if (next.join() !== before.join()) {
      await context.db.getRepository(User).update({ id: user.id }, { roles: next });
      await auditChange(context, { action: 'user.update_roles', entityType: 'user', entityId: user.id, details: { from: before, to: next } });
    }
    return this.get(context, user.id);
  }

  async deactivate(context: RequestContext, userId: string): Promise<User> {
    const actor = context.actor;
    const user = await this.get(context, userId);
    if (user.id === actor.userId) throw AppError.badInput('id', 'users.cannotDeactivateSelf');
    if (user.active) {
      await context.db.getRepository(User).update({ id: user.id }, { active: false, deactivatedAt: () => 'now()' });
      await context.db.query('SELECT auth.revoke_user_sessions($1)', [user.id]);
      await auditChange(context, { action: 'user.deactivate', entityType: 'user', entityId: user.id });
    }
    return this.get(context, user.id);
  }

  async setLanguage(context: RequestContext, language: Language): Promise<User> {
    const actor = context.actor;
    // Nobody updates their own row directly (app_user_manage): roles are another coordinator's to change.
    await context.db.query('SELECT app_set_my_language($1)', [language]);
    context.updateActorLanguage(language);
    return this.get(context, actor.userId);
  }

  private async checkRolesFitOrganisation(context: RequestContext, roles: Role[], field: string): Promise<void> {
    const organisation = await context.loader(organisationLoader).load(context.actor.organisationId);
    if (!organisation) throw AppError.notFound();
    const allowed = rolesByOrganisationKind[organisation.kind];
    const misfit = roles.find((role) => !allowed.includes(role));
    if (misfit) throw AppError.badInput(field, 'users.roleNotForOrganisation', { role: misfit });
  }
}
