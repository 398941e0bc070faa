import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ConsentSection } from '../consents/consent-section.enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { staffLoader } from '../staff/staff.loader.js';
import { PERSONAL_DATA_ROLES, Role } from '../users/role.enum.js';
import { AuditEvent, caseAuditTrail } from './audit-trail.js';
import { isOwner, visibleSections } from './case-access.js';
import { CaseStatusChange, CaseTransition } from './case-status-change.entity.js';
import { CasesService } from './cases.service.js';
import { CasesArgs } from './dtos/cases.args.js';
import { ChangeCaseStatusInput, CreateCaseInput, UpdateCaseInput } from './dtos/case.inputs.js';
import { Money, ReferralCase } from './referral-case.entity.js';
import { CaseNeeds, HouseholdMember, Returnee, ReturneeContact, ReturneeHealth } from './returnee.entity.js';

export const ReferralCaseConnection = ConnectionType(ReferralCase, 'ReferralCase');
export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

async function staff(context: RequestContext, id: string | null): Promise<StaffMember | null> {
  return id ? context.loader(staffLoader).load(id) : null;
}

@Resolver(() => ReferralCase)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Roles(...PERSONAL_DATA_ROLES)
  @Query(() => ReferralCaseConnection, { description: "The viewer's organisation's cases (partners reach referred cases through referrals)." })
  cases(@Context() context: RequestContext, @Args() args: CasesArgs): Promise<Connection<ReferralCase>> {
    return this.service.list(context, args);
  }

  @Roles(...PERSONAL_DATA_ROLES)
  @Query(() => ReferralCase, {
    description: "A case the viewer may see: its own, or one referred to the viewer's organisation while the referral gives access.",
  })
  case(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ReferralCase> {
    return this.service.get(context, id);
  }

  @Query(() => [StaffMember], { description: "The people of the viewer's organisation who can be responsible for a case." })
  caseworkers(@Context() context: RequestContext): Promise<StaffMember[]> {
    return this.service.caseworkers(context);
  }

  @Roles(Role.CASEWORKER, Role.SUPERVISOR)
  @Mutation(() => ReferralCase)
  createCase(@Context() context: RequestContext, @Args('input') input: CreateCaseInput): Promise<ReferralCase> {
    return this.service.create(context, input);
  }

  @Roles(Role.CASEWORKER, Role.SUPERVISOR)
  @Mutation(() => ReferralCase, { description: 'Changes what is given; refused with CONFLICT when `version` is stale.' })
  updateCase(@Context() context: RequestContext, @Args('input') input: UpdateCaseInput): Promise<ReferralCase> {
    return this.service.update(context, input);
  }

  @Roles(Role.CASEWORKER, Role.SUPERVISOR)
  @Mutation(() => ReferralCase, { description: 'Moves the case to another status; a transition that is not allowed is refused with INVALID_TRANSITION.' })
  changeCaseStatus(@Context() context: RequestContext, @Args('input') input: ChangeCaseStatusInput): Promise<ReferralCase> {
    return this.service.changeStatus(context, input);
  }

  @ResolveField(() => Organisation)
  async organisation(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<Organisation> {
    const found = await context.loader(organisationLoader).load(c.organisationId);
    if (!found) throw AppError.notFound();
    return found;
  }

  @ResolveField(() => StaffMember)
  async responsibleCaseworker(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<StaffMember> {
    const found = await staff(context, c.responsibleUserId);
    if (!found) throw AppError.notFound();
    return found;
  }

  @ResolveField(() => Money, { nullable: true })
  supportGranted(@Parent() c: ReferralCase): Money | null {
    return c.supportAmountMinor === null || c.supportCurrency === null
      ? null
      : { amountMinor: Number(c.supportAmountMinor), currency: c.supportCurrency };
  }

  @ResolveField(() => Boolean, { description: 'True for the organisation that owns the case; false for a partner it was referred to.' })
  viewerIsOwner(@Context() context: RequestContext, @Parent() c: ReferralCase): boolean {
    return isOwner(context, c);
  }

  @ResolveField(() => [ConsentSection], { description: 'The sections the viewer may see.' })
  visibleSections(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<ConsentSection[]> {
    return visibleSections(context, c);
  }

  @ResolveField(() => Returnee, { nullable: true })
  returnee(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<Returnee | null> {
    return this.service.returnee(context, c);
  }

  @ResolveField(() => ReturneeContact, { nullable: true })
  contact(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<ReturneeContact | null> {
    return this.service.contact(context, c);
  }

  @ResolveField(() => [HouseholdMember], { nullable: true })
  household(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<HouseholdMember[] | null> {
    return this.service.household(context, c);
  }

  @ResolveField(() => CaseNeeds, { nullable: true })
  needs(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<CaseNeeds | null> {
    return this.service.needs(context, c);
  }

  @ResolveField(() => ReturneeHealth, { nullable: true })
  health(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<ReturneeHealth | null> {
    return this.service.health(context, c);
  }

  @ResolveField(() => [CaseStatusChange])
  statusHistory(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<CaseStatusChange[]> {
    return this.service.history(context, c);
  }

  @ResolveField(() => [CaseTransition], { description: 'Owner only: the status changes allowed from the current status.' })
  allowedTransitions(@Context() context: RequestContext, @Parent() c: ReferralCase): CaseTransition[] {
    return this.service.transitions(context, c);
  }

  @ResolveField(() => AuditEventConnection, { description: 'Coordinators of the owner only (FORBIDDEN otherwise).' })
  auditTrail(
    @Context() context: RequestContext,
    @Parent() c: ReferralCase,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEvent>> {
    return caseAuditTrail(context, c, first, after);
  }
}

@Resolver(() => CaseStatusChange)
export class CaseStatusChangeResolver {
  @ResolveField(() => StaffMember, { nullable: true })
  changedBy(@Context() context: RequestContext, @Parent() change: CaseStatusChange): Promise<StaffMember | null> {
    return staff(context, change.changedByUserId);
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @ResolveField(() => StaffMember, { nullable: true })
  actor(@Context() context: RequestContext, @Parent() event: AuditEvent): Promise<StaffMember | null> {
    return staff(context, event.actorUserId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Context() context: RequestContext, @Parent() event: AuditEvent): Promise<Organisation | null> {
    return event.organisationId ? context.loader(organisationLoader).load(event.organisationId) : Promise.resolve(null);
  }
}
