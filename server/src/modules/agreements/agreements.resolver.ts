import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { MultilineArguments } from '../../core/validation/text.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { Role } from '../users/role.enum.js';
import { AgreementScope, AgreementStatus } from './agreement-scope.enum.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementParty, CooperationAgreement } from './cooperation-agreement.entity.js';
import { ProposeAgreementInput } from './dtos/propose-agreement.input.js';

export const CooperationAgreementConnection = ConnectionType(CooperationAgreement, 'CooperationAgreement');

async function organisation(context: RequestContext, id: string): Promise<Organisation> {
  const found = await context.loader(organisationLoader).load(id);
  if (!found) throw AppError.notFound();
  return found;
}

@Resolver(() => CooperationAgreement)
export class AgreementsResolver {
  constructor(private readonly service: AgreementsService) {}

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

  @Roles(Role.COORDINATOR)
  @Mutation(() => CooperationAgreement, { description: 'Coordinators: proposes an agreement; the proposer’s organisation confirms by proposing.' })
  proposeAgreement(@Context() context: RequestContext, @Args('input') input: ProposeAgreementInput): Promise<CooperationAgreement> {
    return this.service.propose(context, input);
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => CooperationAgreement, { description: "Coordinators: confirms an agreement on behalf of the viewer's organisation." })
  confirmAgreement(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<CooperationAgreement> {
    return this.service.confirm(context, id);
  }

  @Roles(Role.COORDINATOR)
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
  status(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<AgreementStatus> {
    return this.service.status(context, agreement);
  }

  @ResolveField(() => [AgreementParty])
  parties(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<AgreementParty[]> {
    return this.service.parties(context, agreement.id);
  }

  @ResolveField(() => Organisation)
  proposedBy(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<Organisation> {
    return organisation(context, agreement.proposedByOrganisationId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  async terminatedBy(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<Organisation | null> {
    return agreement.terminatedByOrganisationId ? organisation(context, agreement.terminatedByOrganisationId) : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer is a coordinator of a party that has not confirmed yet (and it is not terminated).' })
  async viewerCanConfirm(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<boolean> {
    const actor = context.actor;
    if (!hasRole(actor, Role.COORDINATOR) || agreement.terminatedAt) return false;
    const parties = await this.service.parties(context, agreement.id);
    return parties.some((party) => party.organisationId === actor.organisationId && !party.confirmedAt);
  }

  @ResolveField(() => Boolean, { description: 'The viewer is a coordinator of a party and it is neither terminated nor expired.' })
  async viewerCanTerminate(@Context() context: RequestContext, @Parent() agreement: CooperationAgreement): Promise<boolean> {
    const actor = context.actor;
    if (!hasRole(actor, Role.COORDINATOR)) return false;
    const status = await this.service.status(context, agreement);
    if (status === AgreementStatus.TERMINATED || status === AgreementStatus.EXPIRED) return false;
    const parties = await this.service.parties(context, agreement.id);
    return parties.some((party) => party.organisationId === actor.organisationId);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @ResolveField(() => Organisation)
  organisation(@Context() context: RequestContext, @Parent() party: AgreementParty): Promise<Organisation> {
    return organisation(context, party.organisationId);
  }
}
