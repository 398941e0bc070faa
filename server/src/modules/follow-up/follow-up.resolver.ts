import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Money } from '../cases/money.model.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { Arrival } from './arrival.entity.js';
import { ConfirmArrivalInput } from './dtos/confirm-arrival.input.js';
import { RecordFollowUpVisitInput } from './dtos/record-follow-up-visit.input.js';
import { RecordSustainabilityAssessmentInput } from './dtos/record-sustainability-assessment.input.js';
import { SaveReintegrationPlanInput } from './dtos/save-reintegration-plan.input.js';
import type { SustainabilityIndicator } from './follow-up.enums.js';
import { FollowUp } from './follow-up.model.js';
import { FollowUpService } from './follow-up.service.js';
import { FollowUpVisit } from './follow-up-visit.entity.js';
import { IndicatorDefinition } from './indicator-definition.model.js';
import { PlanGoal } from './plan-goal.entity.js';
import { ReintegrationPlan } from './reintegration-plan.entity.js';
import { SustainabilityAssessment } from './sustainability-assessment.entity.js';
import { indicatorDimensions } from './sustainability.js';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @Query(() => [IndicatorDefinition])
  sustainabilityIndicators(): IndicatorDefinition[] {
    return (Object.keys(indicatorDimensions) as SustainabilityIndicator[]).map((indicator) => ({ indicator, dimension: indicatorDimensions[indicator] }));
  }

  @Roles(...ROLE_SETS.FOLLOW_UP_STAFF)
  @Mutation(() => FollowUp)
  confirmArrival(@Context() context: RequestContext, @Args('input') input: ConfirmArrivalInput): Promise<FollowUp> {
    return this.service.confirmArrival(context, input);
  }

  @Roles(...ROLE_SETS.FOLLOW_UP_STAFF)
  @Mutation(() => FollowUp)
  saveReintegrationPlan(@Context() context: RequestContext, @Args('input') input: SaveReintegrationPlanInput): Promise<FollowUp> {
    return this.service.savePlan(context, input);
  }

  @Roles(...ROLE_SETS.FOLLOW_UP_STAFF)
  @Mutation(() => FollowUpVisit)
  recordFollowUpVisit(@Context() context: RequestContext, @Args('input') input: RecordFollowUpVisitInput): Promise<FollowUpVisit> {
    return this.service.recordVisit(context, input);
  }

  @Roles(...ROLE_SETS.FOLLOW_UP_STAFF)
  @Mutation(() => SustainabilityAssessment)
  recordSustainabilityAssessment(
    @Context() context: RequestContext,
    @Args('input') input: RecordSustainabilityAssessmentInput,
  ): Promise<SustainabilityAssessment> {
    return this.service.recordAssessment(context, input);
  }

  @ResolveField(() => Arrival, { nullable: true })
  arrival(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<Arrival | null> {
    return this.service.arrival(context, f);
  }

  @ResolveField(() => ReintegrationPlan, { nullable: true })
  plan(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<ReintegrationPlan | null> {
    return this.service.plan(context, f);
  }

  @ResolveField(() => [FollowUpVisit], { description: 'Newest first.' })
  visits(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<FollowUpVisit[]> {
    return this.service.visits(context, f);
  }

  @ResolveField(() => [SustainabilityAssessment], { description: 'Newest first.' })
  assessments(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<SustainabilityAssessment[]> {
    return this.service.assessments(context, f);
  }

  @ResolveField(() => Boolean)
  async overdue(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<boolean> {
    return (await this.service.latestVisit(context, f))?.overdue ?? false;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async nextVisitOn(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<string | null> {
    return (await this.service.latestVisit(context, f))?.nextVisitOn ?? null;
  }

  @ResolveField(() => Boolean, {
    description: 'True for partner caseworkers of the partner while the referral gives access and a FOLLOW_UP agreement is in force.',
  })
  viewerCanWrite(@Context() context: RequestContext, @Parent() f: FollowUp): Promise<boolean> {
    return this.service.canWrite(context, f);
  }
}

@Resolver(() => ReferralCase)
export class CaseFollowUpResolver {
  constructor(private readonly service: FollowUpService) {}

  @ResolveField(() => FollowUp, { nullable: true, description: 'Null until a referral is accepted (and, for a partner, while it no longer gives access).' })
  followUp(@Context() context: RequestContext, @Parent() c: ReferralCase): Promise<FollowUp | null> {
    return this.service.followUpOf(context, c);
  }
}

@Resolver(() => ReintegrationPlan)
export class PlanResolver {
  constructor(private readonly service: FollowUpService) {}

  @ResolveField(() => [PlanGoal])
  goals(@Context() context: RequestContext, @Parent() plan: ReintegrationPlan): Promise<PlanGoal[]> {
    return this.service.goals(context, plan.id);
  }

  @ResolveField(() => Money, { nullable: true, description: 'Integer minor units in SEK, EUR, BAM or IQD.' })
  budget(@Parent() plan: ReintegrationPlan): Money | null {
    return plan.budgetAmountMinor === null || !plan.budgetCurrency ? null : { amountMinor: Number(plan.budgetAmountMinor), currency: plan.budgetCurrency };
  }
}

export const FollowUpReferencesResolver = ReferenceFieldsResolver(FollowUp, {
  partner: organisation((f) => f.partnerOrganisationId, {
    description: 'The partner organisation doing the follow-up (the one that accepted the referral).',
  }),
});

export const PlanReferencesResolver = ReferenceFieldsResolver(ReintegrationPlan, {
  updatedBy: staffMember((plan) => plan.updatedByUserId),
});

/** The `recordedBy` field of an arrival, a visit or an assessment: who recorded it. */
const recordedBy = { recordedBy: staffMember((row: { recordedByUserId: string }) => row.recordedByUserId) };

export const ArrivalResolver = ReferenceFieldsResolver(Arrival, recordedBy);
export const VisitResolver = ReferenceFieldsResolver(FollowUpVisit, recordedBy);
export const AssessmentResolver = ReferenceFieldsResolver(SustainabilityAssessment, recordedBy);
