import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { GoalStatus, ReintegrationDomain } from './follow-up.enums.js';
import { FollowUpRow } from './follow-up-row.js';

/** One goal of a reintegration plan, in one domain. */
@ObjectType()
@Entity('plan_goal')
export class PlanGoal extends FollowUpRow {
  @DbColumn('uuid')
  planId: string;

  @FieldColumn('text', { graphql: () => ReintegrationDomain })
  domain: ReintegrationDomain;

  @FieldColumn('text')
  description: string;

  @FieldColumn('text', { graphql: () => GoalStatus })
  status: GoalStatus;

  @FieldColumn('date', { nullable: true })
  targetDate: string | null;

  @DbColumn('integer')
  position: number;
}
