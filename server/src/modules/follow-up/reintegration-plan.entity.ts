import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { FollowUpRow } from './follow-up-row.js';

/** The partner's plan for a case: a budget and goals (PlanGoal); one per case, versioned. */
@ObjectType()
@Entity('reintegration_plan')
export class ReintegrationPlan extends FollowUpRow {
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
