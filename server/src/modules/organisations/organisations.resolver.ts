import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
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
}
