import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { FollowUpRow } from './follow-up-row.js';

/** The partner's plan for a case: a budget and goals (PlanGoal); one per case, versioned. */
@ObjectType()
@Entity('reintegration_plan')
export class ReintegrationPlan extends FollowUpRow {
  @DbColumn('bigint', { nullable: true })
  budgetAmountMinor: string | null;

  @DbColumn('text', { nullable: true })
  budgetCurrency: string | null;

  @FieldColumn('integer', { description: 'Optimistic lock for saveReintegrationPlan.' })
  version: number;

  @DbColumn('uuid')
  updatedByUserId: string;

  @FieldColumn('timestamptz')
  updatedAt: Date;
}
