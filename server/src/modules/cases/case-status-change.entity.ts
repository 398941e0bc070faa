import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CaseRecordRow } from './case-row.js';
import { CaseStatus, ClosureReason } from './cases.enums.js';

@ObjectType()
@Entity('case_status_change')
export class CaseStatusChange extends CaseRecordRow {
  @Field(() => CaseStatus, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  from: CaseStatus | null;

  @Field(() => CaseStatus)
  @Column({ name: 'to_status', type: 'text' })
  to: CaseStatus;

  @Field(() => ClosureReason, { nullable: true })
  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Column({ name: 'changed_by_user_id', type: 'uuid' })
  changedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
