import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { CaseRecordRow } from './case-row.js';
import { CaseStatus, ClosureReason } from './cases.enums.js';

@ObjectType()
@Entity('case_status_change')
export class CaseStatusChange extends CaseRecordRow {
  @FieldColumn('text', { name: 'from_status', nullable: true, graphql: () => CaseStatus })
  from: CaseStatus | null;

  @FieldColumn('text', { name: 'to_status', graphql: () => CaseStatus })
  to: CaseStatus;

  @FieldColumn('text', { nullable: true, graphql: () => ClosureReason })
  closureReason: ClosureReason | null;

  @DbColumn('uuid')
  changedByUserId: string;

  @FieldColumn('timestamptz')
  changedAt: Date;
}
