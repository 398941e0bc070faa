import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CASE_STAFF } from '../cases/cases.policy.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { StaffService } from '../staff/staff.service.js';
import { Consent } from './consent.entity.js';
import { ConsentsService } from './consents.service.js';
import { RecordConsentInput } from './dtos/record-consent.input.js';

@Resolver(() => Consent)
export class ConsentsResolver {
  constructor(
    private readonly service: ConsentsService,
    private readonly organisations: OrganisationsService,
    private readonly staff: StaffService,
  ) {}

  @Roles(...CASE_STAFF)
  @Mutation(() => Consent, { description: 'Records consent for a partner; replaces that partner’s earlier consent on the case.' })
  recordConsent(@Context() context: RequestContext, @Args('input') input: RecordConsentInput): Promise<Consent> {
    return this.service.record(context, input);
  }

  @Roles(...CASE_STAFF)
  @Mutation(() => Consent, { description: 'Withdraws consent at once; referrals it covered are revoked.' })
  withdrawConsent(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Consent> {
    return this.service.withdraw(context, id);
  }

  @ResolveField(() => Organisation)
  partner(@Context() context: RequestContext, @Parent() consent: Consent): Promise<Organisation> {
    return this.organisations.require(context, consent.partnerOrganisationId);
  }

  @ResolveField(() => StaffMember)
  recordedBy(@Context() context: RequestContext, @Parent() consent: Consent): Promise<StaffMember> {
    return this.staff.require(context, consent.recordedByUserId);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  withdrawnBy(@Context() context: RequestContext, @Parent() consent: Consent): Promise<StaffMember | null> {
    return this.staff.find(context, consent.withdrawnByUserId);
  }

  @ResolveField(() => Attachment, { nullable: true })
  form(@Context() context: RequestContext, @Parent() consent: Consent): Promise<Attachment | null> {
    return this.service.form(context, consent);
  }
}

@Resolver(() => ReferralCase)
export class CaseConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @ResolveField(() => [Consent], { description: 'Owner only (a partner gets an empty list).' })
  consents(@Context() context: RequestContext, @Parent() referralCase: ReferralCase): Promise<Consent[]> {
    return this.service.forCase(context, referralCase);
  }
}
