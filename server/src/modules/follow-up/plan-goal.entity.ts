import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { GoalStatus, ReintegrationDomain } from './follow-up.enums.js';
import { FollowUpRow } from './follow-up-row.js';

/** One goal of a reintegration plan, in one domain. */
@ObjectType()
@Entity('plan_goal')
export class PlanGoal extends FollowUpRow {
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
