import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
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

  @ResolveField(() => ReferralCase, { nullable: true, description: 'Null when the viewer can no longer see the case (e.g. right after declining).' })
  async case(referral: Referral, _args: NoArgs, context: RequestContext): Promise<ReferralCase | null> {
    try {
      return await this.service.caseOf(context, referral);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  @ResolveField(() => [ReferralAction], { description: "What the viewer may do now, given the status and the viewer's side and roles." })
  allowedActions(referral: Referral, _args: NoArgs, context: RequestContext): ReferralAction[] {
    return this.service.allowedActions(context, referral);
  }
}

/** The sending side's steps with a referral, for case staff, each handed to the service. */
export const ReferralMutationsResolver = ServiceMutationsResolver(ReferralsService, CASE_STAFF, (m) => ({
  sendReferral: m.input(SendReferralInput, () => Referral, (service, context, input) => service.send(context, input), {
    description: 'Refers a case to a partner: needs an agreement with REFERRALS in force (AGREEMENT_MISSING) and consent for every section (CONSENT_MISSING).',
  }),
  revokeReferral: m.id(() => Referral, (service, context, id) => service.act(context, id, ReferralAction.REVOKE)),
  completeReferral: m.id(() => Referral, (service, context, id) => service.act(context, id, ReferralAction.COMPLETE)),
}));

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
