import type { Language } from '@cirkel/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from '../../core/auth/password-hasher.js';
import { newResetToken, resetLinkUrl } from '../../core/auth/token.service.js';
import { CONFIG, type Config } from '../../core/config/config.js';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { type Actor, requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import type { CreateUserInput } from './dtos/create-user.input.js';
import type { PasswordResetLink } from './dtos/password-reset-link.model.js';
import type { UpdateUserNamesInput } from './dtos/update-user-names.input.js';
import type { UsersArgs } from './dtos/users.args.js';
import type { Role } from './role.enum.js';
import type { User } from './user.entity.js';
import { canChangeRolesOf, canDeactivate, canIssueResetLinkFor, canManageUsers, canRenameUser, roleNotFor } from './users.policy.js';
import { UsersRepository } from './users.repository.js';

/** How long a coordinator's reset link works (an e-mailed one: 1 hour). */
export const COORDINATOR_RESET_LINK_HOURS = 24;

/**
 * People of the caller's own organisation. Row-level security already hides every other
 * organisation's users; this service adds the role rules and clear errors, and answers
 * NOT_FOUND for an id it cannot see, exactly as for one that does not exist.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async me(context: RequestContext): Promise<User> {
    return this.get(context, requireActor(context).userId);
  }

  async get(context: RequestContext, id: string): Promise<User> {
    const actor = requireActor(context);
    if (!isUuid(id)) throw AppError.notFound('users.notFound');
    // RLS already hides other organisations' users; the filter says the same thing in code.
    const user = await this.repository.byId(context, id, actor.organisationId);
    if (!user) throw AppError.notFound('users.notFound');
    return user;
  }

  /** A colleague, for a coordinator (the `user` query). */
  async colleague(context: RequestContext, id: string): Promise<User> {
    this.requireManager(context);
    return this.get(context, id);
  }

  async list(context: RequestContext, args: UsersArgs): Promise<Connection<User>> {
    const actor = this.requireManager(context);
    checkPageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ['text', 'uuid']) : undefined;
    const filter = { organisationId: actor.organisationId, includeInactive: args.includeInactive, search: args.search };
    const { rows, totalCount } = await this.repository.page(context, filter, args.first, after);
    return toConnection(rows, args.first, totalCount, (u) => [u.name.toLowerCase(), u.id]);
  }

  /**
   * Adds a person. An address is unique within the organisation only: whether it also belongs to
   * someone in another organisation is none of this organisation's business, so the answer is
   * the same either way (a person may work for two organisations; see 0005_auth_in_database).
   * The password is a temporary one: the person must choose their own at the first login
   * (must_change_password; row-level security insists on it).
   */
  async create(context: RequestContext, input: CreateUserInput): Promise<User> {
    const actor = this.requireManager(context);
    await this.checkRolesFitOrganisation(context, input.roles, 'roles');
    // Every account of an address shares its salt (one argon2 per login, however many accounts).
    const [prefix] = await this.repository.passwordPrefixes(context, input.email, DEFAULT_ARGON2_PARAMS);
    const passwordHash = await passwordHasher.hashFor(passwordHasher.newPasswordPrefix(prefix!), input.password);
    const roles = [...new Set(input.roles)];
    const id = await this.repository.insert(context, {
      organisationId: actor.organisationId,
      email: input.email,
      name: input.name,
      nameLatin: input.nameLatin ?? null,
      nameArabic: input.nameArabic ?? null,
      roles,
      language: input.language,
      passwordHash,
    });
    // Only a colleague of the same organisation can hold the address already, and they can see them.
    if (!id) throw AppError.conflict('users.emailTaken', 'email');
    await auditChange(context, { action: 'user.create', entityType: 'user', entityId: id, details: { roles: [...roles].sort(), language: input.language } });
    return this.get(context, id);
  }

  /** Sets a colleague's name as written and its spellings in the other script (never one's own: see canRenameUser). */
  async updateNames(context: RequestContext, input: UpdateUserNamesInput): Promise<User> {
    const actor = this.requireManager(context);
    const user = await this.get(context, input.userId);
    if (!canRenameUser(actor, user)) throw AppError.badInput('userId', 'users.cannotRenameSelf');
    const next = { name: input.name, nameLatin: input.nameLatin ?? null, nameArabic: input.nameArabic ?? null };
    const before = { name: user.name, nameLatin: user.nameLatin, nameArabic: user.nameArabic };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== before[key]);
    if (changed.length > 0) {
      await this.repository.setNames(context, user.id, next);
      // Which names changed, not the names themselves (personal data stays out of the audit details).
      await auditChange(context, { action: 'user.update_names', entityType: 'user', entityId: user.id, details: { changed } });
    }
    return this.get(context, user.id);
  }

  /** Replaces a colleague's roles (never one's own: see canChangeRolesOf). */
  async updateRoles(context: RequestContext, userId: string, roles: Role[]): Promise<User> {
    const actor = this.requireManager(context);
    const user = await this.get(context, userId);
    if (!canChangeRolesOf(actor, user)) throw AppError.forbidden('users.cannotChangeOwnRoles');
    await this.checkRolesFitOrganisation(context, roles, 'roles');
    const next = [...new Set(roles)].sort();
    const before = [...user.roles].sort();
    if (next.join() !== before.join()) {
      await this.repository.setRoles(context, user.id, next);
      await auditChange(context, { action: 'user.update_roles', entityType: 'user', entityId: user.id, details: { from: before, to: next } });
    }
    return this.get(context, user.id);
  }

  async deactivate(context: RequestContext, userId: string): Promise<User> {
    const actor = this.requireManager(context);
    const user = await this.get(context, userId);
    if (!canDeactivate(actor, user)) throw AppError.badInput('id', 'users.cannotDeactivateSelf');
    if (user.active) {
      await this.repository.deactivate(context, user.id);
      await auditChange(context, { action: 'user.deactivate', entityType: 'user', entityId: user.id });
    }
    return this.get(context, user.id);
  }

  /**
   * A one-time link with which a colleague locked out of their account sets a new password;
   * shown once (only its hash is kept), valid for 24 hours, audited. Never for oneself: one's own
   * password is changed on the profile page.
   */
  async createResetLink(context: RequestContext, userId: string): Promise<PasswordResetLink> {
    const actor = this.requireManager(context);
    const user = await this.get(context, userId);
    if (!canIssueResetLinkFor(actor, user)) throw AppError.badInput('userId', 'users.cannotResetOwnPassword');
    if (!user.active) throw AppError.badInput('userId', 'users.inactive');
    const { token, hash } = newResetToken();
    const expiresAt = new Date(Date.now() + COORDINATOR_RESET_LINK_HOURS * 3_600_000);
    await this.repository.insertPasswordReset(context, {
      organisationId: actor.organisationId,
      userId: user.id,
      tokenHash: hash,
      issuedBy: actor.userId,
      expiresAt,
    });
    await auditChange(context, { action: 'user.password_reset_issued', entityType: 'user', entityId: user.id, details: { expiresAt: expiresAt.toISOString() } });
    return { url: resetLinkUrl(this.config.publicUrl, token), expiresAt };
  }

  async setLanguage(context: RequestContext, language: Language): Promise<User> {
    const actor = requireActor(context);
    await this.repository.setMyLanguage(context, language);
    context.updateActorLanguage(language);
    return this.get(context, actor.userId);
  }

  /** The resolver's @Roles says the same; the service does not rely on it. */
  private requireManager(context: RequestContext): Actor {
    const actor = requireActor(context);
    if (!canManageUsers(actor)) throw AppError.forbidden();
    return actor;
  }

  private async checkRolesFitOrganisation(context: RequestContext, roles: Role[], field: string): Promise<void> {
    const organisation = await context.loader(organisationsById).load(requireActor(context).organisationId);
    if (!organisation) throw AppError.notFound();
    const misfit = roleNotFor(organisation.kind, roles);
    if (misfit) throw AppError.badInput(field, 'users.roleNotForOrganisation', { role: misfit });
  }
}
