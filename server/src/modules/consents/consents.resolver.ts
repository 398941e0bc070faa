import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { staffLoader } from '../staff/staff.loader.js';
import { Role } from '../users/role.enum.js';
import { Consent } from './consent.entity.js';
import { ConsentsService } from './consents.service.js';
import { RecordConsentInput } from './dtos.js';

@Resolver(() => Consent)
export class ConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @Roles(Role.CASEWORKER, Role.SUPERVISOR)
  @Mutation(() => Consent, { description: 'Records consent for a partner; replaces that partner’s earlier consent on the case.' })
  recordConsent(@Context() context: RequestContext, @Args('input') input: RecordConsentInput): Promise<Consent> {
    return this.service.record(context, input);
  }

  @Roles(Role.CASEWORKER, Role.SUPERVISOR)
  @Mutation(() => Consent, { description: 'Withdraws consent at once; referrals it covered are revoked.' })
  withdrawConsent(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Consent> {
    return this.service.withdraw(context, id);
  }

  @ResolveField(() => Organisation)
  async partner(@Context() context: RequestContext, @Parent() consent: Consent): Promise<Organisation> {
    const found = await context.loader(organisationLoader).load(consent.partnerOrganisationId);
    if (!found) throw AppError.notFound();
    return found;
  }

  @ResolveField(() => StaffMember)
  async recordedBy(@Context() context: RequestContext, @Parent() consent: Consent): Promise<StaffMember> {
    const found = await context.loader(staffLoader).load(consent.recordedByUserId);
    if (!found) throw AppError.notFound();
    return found;
  }

  @ResolveField(() => StaffMember, { nullable: true })
  withdrawnBy(@Context() context: RequestContext, @Parent() consent: Consent): Promise<StaffMember | null> {
    return consent.withdrawnByUserId ? context.loader(staffLoader).load(consent.withdrawnByUserId) : Promise.resolve(null);
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
