import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
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

  @ResolveField(() => Boolean)
  async overdue(f: FollowUp, _args: NoArgs, context: RequestContext): Promise<boolean> {
    return (await this.service.latestVisit(context, f))?.overdue ?? false;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async nextVisitOn(f: FollowUp, _args: NoArgs, context: RequestContext): Promise<string | null> {
    return (await this.service.latestVisit(context, f))?.nextVisitOn ?? null;
  }
}

/** What the partner's follow-up staff record, each handed to the service. */
export const FollowUpMutationsResolver = ServiceMutationsResolver(FollowUpService, ROLE_SETS.FOLLOW_UP_STAFF, (m) => ({
  confirmArrival: m.input(ConfirmArrivalInput, () => FollowUp, (service, context, input) => service.confirmArrival(context, input)),
  saveReintegrationPlan: m.input(SaveReintegrationPlanInput, () => FollowUp, (service, context, input) => service.savePlan(context, input)),
  recordFollowUpVisit: m.input(RecordFollowUpVisitInput, () => FollowUpVisit, (service, context, input) => service.recordVisit(context, input)),
  recordSustainabilityAssessment: m.input(RecordSustainabilityAssessmentInput, () => SustainabilityAssessment, (service, context, input) =>
    service.recordAssessment(context, input),
  ),
}));

/** What was recorded of a follow-up, and whether the viewer may add to it, as the service reads them. */
export const FollowUpRecordsResolver = ServiceFieldsResolver(FollowUp, FollowUpService, {
  arrival: { type: () => Arrival, nullable: true, resolve: (service, context, f) => service.arrival(context, f) },
  plan: { type: () => ReintegrationPlan, nullable: true, resolve: (service, context, f) => service.plan(context, f) },
  visits: { type: () => [FollowUpVisit], description: 'Newest first.', resolve: (service, context, f) => service.visits(context, f) },
  assessments: { type: () => [SustainabilityAssessment], description: 'Newest first.', resolve: (service, context, f) => service.assessments(context, f) },
  viewerCanWrite: {
    type: () => Boolean,
    description: 'True for partner caseworkers of the partner while the referral gives access and a FOLLOW_UP agreement is in force.',
    resolve: (service, context, f) => service.canWrite(context, f),
  },
});

export const CaseFollowUpResolver = ServiceFieldsResolver(ReferralCase, FollowUpService, {
  followUp: {
    type: () => FollowUp,
    nullable: true,
    description: 'Null until a referral is accepted (and, for a partner, while it no longer gives access).',
    resolve: (service, context, c) => service.followUpOf(context, c),
  },
});

@Resolver(() => ReintegrationPlan)
export class PlanResolver {
  constructor(private readonly service: FollowUpService) {}

  @ResolveField(() => [PlanGoal])
  goals(plan: ReintegrationPlan, _args: NoArgs, context: RequestContext): Promise<PlanGoal[]> {
    return this.service.goals(context, plan.id);
  }

  @ResolveField(() => Money, { nullable: true, description: 'Integer minor units in SEK, EUR, BAM or IQD.' })
  budget(plan: ReintegrationPlan): Money | null {
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
