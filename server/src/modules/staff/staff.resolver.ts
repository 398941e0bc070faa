import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { StaffMember } from './staff-member.model.js';

@Resolver(() => StaffMember)
export class StaffResolver {
  @ResolveField(() => Organisation)
  async organisation(@Context() context: RequestContext, @Parent() staff: StaffMember): Promise<Organisation> {
    const organisation = await context.loader(organisationLoader).load(staff.organisationId);
    if (!organisation) throw AppError.notFound();
    return organisation;
  }
}
