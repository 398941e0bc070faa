import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { StaffMember } from './staff-member.model.js';

@Resolver(() => StaffMember)
export class StaffResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => Organisation)
  organisation(@Context() context: RequestContext, @Parent() staff: StaffMember): Promise<Organisation> {
    return this.organisations.require(context, staff.organisationId);
  }
}
