import type { Language } from '@cirkel/i18n';
import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { BeforeOwnPassword } from '../../core/auth/before-own-password.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import { LanguageEnum } from '../../core/i18n/language.enum.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import { CreateUserInput } from './dtos/create-user.input.js';
import { PasswordResetLink } from './dtos/password-reset-link.model.js';
import { UpdateUserNamesInput } from './dtos/update-user-names.input.js';
import { UpdateUserRolesInput } from './dtos/update-user-roles.input.js';
import { UsersArgs } from './dtos/users.args.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';
import type { NoArgs } from '../../core/resolvers/service-fields.resolver.js';

export const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @BeforeOwnPassword()
  @Query(() => User, { description: 'The signed-in user, with organisation, roles and language.' })
  me(@Context() context: RequestContext): Promise<User> {
    return this.service.me(context);
  }

  @BeforeOwnPassword()
  @Mutation(() => User, { description: "Sets the signed-in user's language; answers come in it from now on." })
  setMyLanguage(
    @Context() context: RequestContext,
    @Args('language', { type: () => LanguageEnum }) language: Language,
  ): Promise<User> {
    return this.service.setLanguage(context, language);
  }

  @Roles(...ROLE_SETS.COORDINATORS)
  @Query(() => UserConnection, { description: "Coordinators only: the users of the caller's organisation, sorted by name." })
  users(@Context() context: RequestContext, @Args() args: UsersArgs): Promise<Connection<User>> {
    return this.service.list(context, args);
  }

  @Roles(...ROLE_SETS.COORDINATORS)
  @Query(() => User, { description: "Coordinators only: a user of the caller's organisation." })
  user(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.service.colleague(context, id);
  }

  @ResolveField(() => Organisation)
  async organisation(user: User, _args: NoArgs, context: RequestContext): Promise<Organisation> {
    const organisation = await context.loader(organisationsById).load(user.organisationId);
    if (!organisation) throw AppError.notFound();
    return organisation;
  }
}

/** Coordinators' changes to the users of their organisation, each handed to the service. */
export const UserMutationsResolver = ServiceMutationsResolver(UsersService, ROLE_SETS.COORDINATORS, (m) => ({
  createUser: m.input(CreateUserInput, () => User, (service, context, input) => service.create(context, input), {
    description: "Coordinators only: adds a user to the caller's organisation.",
  }),
  updateUserRoles: m.input(UpdateUserRolesInput, () => User, (service, context, input) => service.updateRoles(context, input.userId, input.roles), {
    description: "Coordinators only: replaces a user's roles.",
  }),
  updateUserNames: m.input(UpdateUserNamesInput, () => User, (service, context, input) => service.updateNames(context, input), {
    description: "Coordinators only: sets a colleague's name as written and its spellings in Latin and Arabic script (never one's own).",
  }),
  deactivateUser: m.id(() => User, (service, context, id) => service.deactivate(context, id), {
    description: 'Coordinators only: deactivates a user and ends their sessions.',
  }),
  createPasswordResetLink: m.id(() => PasswordResetLink, (service, context, userId) => service.createResetLink(context, userId), {
    name: 'userId',
    description: "Coordinators only: a one-time link (24 hours) with which a colleague sets a new password; shown only in this answer.",
  }),
}));
