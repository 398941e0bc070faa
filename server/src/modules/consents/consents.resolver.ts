import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ServiceFieldsResolver } from '../../core/resolvers/service-fields.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { CASE_STAFF } from '../cases/cases.policy.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { Consent } from './consent.entity.js';
import { ConsentsService } from './consents.service.js';
import { RecordConsentInput } from './dtos/record-consent.input.js';

@Resolver(() => Consent)
export class ConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

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

  @ResolveField(() => Attachment, { nullable: true })
  form(@Context() context: RequestContext, @Parent() consent: Consent): Promise<Attachment | null> {
    return this.service.form(context, consent);
  }
}

export const ConsentReferencesResolver = ReferenceFieldsResolver(Consent, {
  partner: organisation((c) => c.partnerOrganisationId),
  recordedBy: staffMember((c) => c.recordedByUserId),
  withdrawnBy: staffMember((c) => c.withdrawnByUserId, { nullable: true }),
});

export const CaseConsentsResolver = ServiceFieldsResolver(ReferralCase, ConsentsService, {
  consents: {
    type: () => [Consent],
    description: 'Owner only (a partner gets an empty list).',
    resolve: (service, context, referralCase) => service.forCase(context, referralCase),
  },
});
