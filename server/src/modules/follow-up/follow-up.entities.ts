import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { DomainStatus, GoalStatus, ReintegrationDomain, VisitMode } from './follow-up-enums.js';
import { SustainabilityDimension, SustainabilityIndicator, SustainabilityScores } from './sustainability.js';

/** Columns every follow-up table has: whose case, which partner follows it up. */
abstract class FollowUpRow {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;
}

@ObjectType()
@Entity('arrival')
export class Arrival {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;

  @Field(() => DateScalar)
  @Column({ name: 'arrived_on', type: 'date' })
  arrivedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

@ObjectType()
@Entity('reintegration_plan')
export class ReintegrationPlan extends FollowUpRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'budget_amount_minor', type: 'bigint', nullable: true })
  budgetAmountMinor: string | null;

  @Column({ name: 'budget_currency', type: 'text', nullable: true })
  budgetCurrency: string | null;

  @Field(() => Int, { description: 'Optimistic lock for saveReintegrationPlan.' })
  @Column('integer')
  version: number;

  @Column({ name: 'updated_by_user_id', type: 'uuid' })
  updatedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
@Entity('plan_goal')
export class PlanGoal extends FollowUpRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field(() => ReintegrationDomain)
  @Column('text')
  domain: ReintegrationDomain;

  @Field()
  @Column('text')
  description: string;

  @Field(() => GoalStatus)
  @Column('text')
  status: GoalStatus;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column('integer')
  position: number;
}

@ObjectType()
export class DomainAssessment {
  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field(() => DomainStatus)
  status: DomainStatus;
}

@ObjectType()
@Entity('follow_up_visit')
export class FollowUpVisit extends FollowUpRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DateScalar)
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Field(() => VisitMode)
  @Column('text')
  mode: VisitMode;

  @Column({ name: 'domain_statuses', type: 'jsonb' })
  domainStatusMap: Partial<Record<ReintegrationDomain, DomainStatus>>;

  @Field()
  @Column('text')
  narrative: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'next_visit_on', type: 'date', nullable: true })
  nextVisitOn: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Set by the service: this is the latest visit and its next date has passed. */
  @Field({ description: 'The latest visit whose next visit date has passed (today is not yet overdue).' })
  overdue: boolean;

  @Field(() => [DomainAssessment])
  get domainStatuses(): DomainAssessment[] {
    return Object.entries(this.domainStatusMap ?? {}).map(([domain, status]) => ({
      domain: domain as ReintegrationDomain,
      status: status as DomainStatus,
    }));
  }
}

@ObjectType()
export class IndicatorAnswer {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => Int)
  value: number;
}

@ObjectType()
@Entity('sustainability_assessment')
export class SustainabilityAssessment extends FollowUpRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DateScalar)
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'answers', type: 'jsonb' })
  answerMap: Partial<Record<SustainabilityIndicator, number>>;

  @Column({ type: 'numeric' })
  economic: string;

  @Column({ type: 'numeric' })
  social: string;

  @Column({ type: 'numeric' })
  psychosocial: string;

  @Column({ type: 'numeric' })
  overall: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => [IndicatorAnswer])
  get answers(): IndicatorAnswer[] {
    return Object.entries(this.answerMap ?? {}).map(([indicator, value]) => ({ indicator: indicator as SustainabilityIndicator, value: Number(value) }));
  }

  @Field(() => SustainabilityScores)
  get scores(): SustainabilityScores {
    return { economic: Number(this.economic), social: Number(this.social), psychosocial: Number(this.psychosocial), overall: Number(this.overall) };
  }
}

/** The follow-up of one case by one partner, assembled from the tables above. */
@ObjectType()
export class FollowUp {
  caseId: string;
  ownerOrganisationId: string;
  partnerOrganisationId: string;
  responsibleUserId: string;
  caseNumber: string;
}

@ObjectType()
export class IndicatorDefinition {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => SustainabilityDimension)
  dimension: SustainabilityDimension;
}
