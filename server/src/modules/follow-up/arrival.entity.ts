import { ObjectType } from '@nestjs/graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { FollowUpParties } from './follow-up-row.js';

/** The partner's confirmation that the returnee arrived: one per case, corrected in place. */
@ObjectType()
@Entity('arrival')
export class Arrival extends FollowUpParties {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @FieldColumn('date')
  arrivedOn: string;

  @FieldColumn('text', { nullable: true })
  notes: string | null;

  @DbColumn('uuid')
  recordedByUserId: string;

  @FieldColumn('timestamptz')
  recordedAt: Date;
}
