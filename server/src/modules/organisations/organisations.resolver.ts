import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { UpdateOrganisationNamesInput } from './dtos/update-organisation-names.input.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationsService } from './organisations.service.js';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => Organisation, { description: "An organisation from the directory; the caller's own when no id is given." })
  organisation(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
  ): Promise<Organisation> {
    return this.service.get(context, id);
  }

  @Query(() => OrganisationConnection, { description: 'The directory of organisations, sorted by name.' })
  organisations(@Context() context: RequestContext, @Args() page: PageArgs): Promise<Connection<Organisation>> {
    return this.service.list(context, page.first, page.after);
  }

  @Roles(...ROLE_SETS.COORDINATORS)
  @Mutation(() => Organisation, {
    description: "Coordinators only: their own organisation's name as written and its names in Latin and Arabic script.",
  })
  updateOrganisationNames(@Context() context: RequestContext, @Args('input') input: UpdateOrganisationNamesInput): Promise<Organisation> {
    return this.service.updateNames(context, input);
  }
}
