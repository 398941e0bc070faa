import { Context, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { organisation, ReferenceFieldsResolver } from './reference-fields.resolver.js';
import { StaffMember } from './staff-member.model.js';
import { COLLEAGUE_READERS } from './staff.policy.js';
import { StaffService } from './staff.service.js';

export const StaffReferenceFieldsResolver = ReferenceFieldsResolver(StaffMember, {
  organisation: organisation((staff) => staff.organisationId),
});

@Resolver(() => StaffMember)
export class StaffResolver {
  constructor(private readonly service: StaffService) {}

  @Roles(...COLLEAGUE_READERS)
  @Query(() => [StaffMember], {
    description: "The active staff of the viewer's own organisation, whatever their roles, by name: who may hold an activity or own a follow-up.",
  })
  colleagues(@Context() context: RequestContext): Promise<StaffMember[]> {
    return this.service.colleagues(context);
  }
}
