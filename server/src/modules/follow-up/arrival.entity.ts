import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { FollowUpParties } from './follow-up-row.js';

/** The partner's confirmation that the returnee arrived: one per case, corrected in place. */
@ObjectType()
@Entity('arrival')
export class Arrival extends FollowUpParties {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

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
