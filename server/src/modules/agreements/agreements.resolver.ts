import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { MultilineArguments } from '../../core/validation/text.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { organisation, ReferenceFieldsResolver } from '../staff/reference-fields.resolver.js';
import { AgreementParty } from './agreement-party.entity.js';
import { AgreementScope, AgreementStatus } from './agreements.enums.js';
import { COORDINATORS } from './agreements.policy.js';
import { AgreementsService } from './agreements.service.js';
import { CooperationAgreement } from './cooperation-agreement.entity.js';
import { ProposeAgreementInput } from './dtos/propose-agreement.input.js';
import type { NoArgs } from '../../core/resolvers/service-fields.resolver.js';

export const CooperationAgreementConnection = ConnectionType(CooperationAgreement, 'CooperationAgreement');

@Resolver(() => CooperationAgreement)
export class AgreementsResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => CooperationAgreementConnection, { description: "The agreements the viewer's organisation is a party to." })
  agreements(@Context() context: RequestContext, @Args() page: PageArgs): Promise<Connection<CooperationAgreement>> {
    return this.service.list(context, page.first, page.after);
  }

  @Query(() => CooperationAgreement)
  agreement(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CooperationAgreement> {
    return this.service.get(context, id);
  }

  @Query(() => [Organisation], { description: "Organisations the viewer's organisation may refer to today (an agreement with REFERRALS in force)." })
  referralPartners(@Context() context: RequestContext): Promise<Organisation[]> {
    return this.service.partners(context, AgreementScope.REFERRALS);
  }

  @Roles(...COORDINATORS)
  @Mutation(() => CooperationAgreement, { description: 'Coordinators: proposes an agreement; the proposer’s organisation confirms by proposing.' })
  proposeAgreement(@Context() context: RequestContext, @Args('input') input: ProposeAgreementInput): Promise<CooperationAgreement> {
    return this.service.propose(context, input);
  }

  @Roles(...COORDINATORS)
  @Mutation(() => CooperationAgreement, { description: "Coordinators: confirms an agreement on behalf of the viewer's organisation." })
  confirmAgreement(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CooperationAgreement> {
    return this.service.confirm(context, id);
  }

  @Roles(...COORDINATORS)
  @Mutation(() => CooperationAgreement, { description: 'Coordinators of any party: ends an agreement at once. A reason is required.' })
  @MultilineArguments('reason')
  terminateAgreement(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<CooperationAgreement> {
    return this.service.terminate(context, id, reason);
  }

  @ResolveField(() => AgreementStatus)
  status(agreement: CooperationAgreement, _args: NoArgs, context: RequestContext): Promise<AgreementStatus> {
    return this.service.status(context, agreement);
  }

  @ResolveField(() => [AgreementParty])
  parties(agreement: CooperationAgreement, _args: NoArgs, context: RequestContext): Promise<AgreementParty[]> {
    return this.service.parties(context, agreement.id);
  }

  @ResolveField(() => Organisation, { nullable: true })
  async terminatedBy(agreement: CooperationAgreement, _args: NoArgs, context: RequestContext): Promise<Organisation | null> {
    return agreement.terminatedByOrganisationId ? this.organisations.require(context, agreement.terminatedByOrganisationId) : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer is a coordinator of a party that has not confirmed yet (and it is not terminated).' })
  viewerCanConfirm(agreement: CooperationAgreement, _args: NoArgs, context: RequestContext): Promise<boolean> {
    return this.service.viewerCanConfirm(context, agreement);
  }

  @ResolveField(() => Boolean, { description: 'The viewer is a coordinator of a party and it is neither terminated nor expired.' })
  viewerCanTerminate(agreement: CooperationAgreement, _args: NoArgs, context: RequestContext): Promise<boolean> {
    return this.service.viewerCanTerminate(context, agreement);
  }
}

export const AgreementReferencesResolver = ReferenceFieldsResolver(CooperationAgreement, {
  proposedBy: organisation((agreement) => agreement.proposedByOrganisationId),
});

export const AgreementPartyResolver = ReferenceFieldsResolver(AgreementParty, {
  organisation: organisation((party) => party.organisationId),
});
