import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver } from '../../core/resolvers/service-fields.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { MultilineArguments } from '../../core/validation/text.js';
import { CASE_STAFF, PERSONAL_DATA } from '../cases/cases.policy.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { IncomingReferralsArgs } from './dtos/incoming-referrals.args.js';
import { SendReferralInput } from './dtos/send-referral.input.js';
import { Referral } from './referral.entity.js';
import { ReferralAction } from './referrals.enums.js';
import { PARTNER_STAFF } from './referrals.policy.js';
import { ReferralsService } from './referrals.service.js';

export const ReferralConnection = ConnectionType(Referral, 'Referral');

@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @Roles(...PERSONAL_DATA)
  @Query(() => ReferralConnection, { description: "PENDING referrals to the viewer's organisation, oldest first." })
  referralInbox(@Context() context: RequestContext, @Args() page: PageArgs): Promise<Connection<Referral>> {
    return this.service.inbox(context, page.first, page.after);
  }

  @Roles(...PERSONAL_DATA)
  @Query(() => ReferralConnection, {
    description: "Referrals to the viewer's organisation that still give access (PENDING, ACCEPTED), newest first.",
  })
  incomingReferrals(@Context() context: RequestContext, @Args() args: IncomingReferralsArgs): Promise<Connection<Referral>> {
    return this.service.incoming(context, args.status, args.first, args.after);
  }

  @Roles(...CASE_STAFF)
  @Mutation(() => Referral, {
    description: 'Refers a case to a partner: needs an agreement with REFERRALS in force (AGREEMENT_MISSING) and consent for every section (CONSENT_MISSING).',
  })
  sendReferral(@Context() context: RequestContext, @Args('input') input: SendReferralInput): Promise<Referral> {
    return this.service.send(context, input);
  }

  @Roles(...PARTNER_STAFF)
  @Mutation(() => Referral)
  acceptReferral(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Referral> {
    return this.service.act(context, id, ReferralAction.ACCEPT);
  }

  @Roles(...PARTNER_STAFF)
  @Mutation(() => Referral, { description: 'A reason is required.' })
  @MultilineArguments('reason')
  declineReferral(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<Referral> {
    return this.service.act(context, id, ReferralAction.DECLINE, reason);
  }

  @Roles(...CASE_STAFF)
  @Mutation(() => Referral)
  revokeReferral(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Referral> {
    return this.service.act(context, id, ReferralAction.REVOKE);
  }

  @Roles(...CASE_STAFF)
  @Mutation(() => Referral)
  completeReferral(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Referral> {
    return this.service.act(context, id, ReferralAction.COMPLETE);
  }

  @ResolveField(() => ReferralCase, { nullable: true, description: 'Null when the viewer can no longer see the case (e.g. right after declining).' })
  async case(@Context() context: RequestContext, @Parent() referral: Referral): Promise<ReferralCase | null> {
    try {
      return await this.service.caseOf(context, referral);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  @ResolveField(() => [ReferralAction], { description: "What the viewer may do now, given the status and the viewer's side and roles." })
  allowedActions(@Context() context: RequestContext, @Parent() referral: Referral): ReferralAction[] {
    return this.service.allowedActions(context, referral);
  }
}

export const ReferralReferencesResolver = ReferenceFieldsResolver(Referral, {
  from: organisation((r) => r.organisationId),
  to: organisation((r) => r.toOrganisationId),
  sentBy: staffMember((r) => r.sentByUserId),
  respondedBy: staffMember((r) => r.respondedByUserId, { nullable: true }),
});

export const CaseReferralsResolver = ServiceFieldsResolver(ReferralCase, ReferralsService, {
  referrals: {
    type: () => [Referral],
    description: 'Owner: every referral of the case; partner: its own live referral.',
    resolve: (service, context, referralCase) => service.forCase(context, referralCase),
  },
});
