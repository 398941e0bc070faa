import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** A participant's comment on a session. */
@ObjectType()
@Entity('supervision_comment')
export class SupervisionComment extends SupervisionSessionRow {
  @FieldColumn('text')
  body: string;

  @DbColumn('uuid')
  authorUserId: string;

  @FieldColumn('timestamptz')
  createdAt: Date;
}
