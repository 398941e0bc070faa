import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** An action agreed at a session, with an owner and maybe a due date. */
@ObjectType()
@Entity('supervision_action')
export class SupervisionAction extends SupervisionSessionRow {
  @FieldColumn('text')
  description: string;

  @DbColumn('uuid')
  ownerUserId: string;

  @FieldColumn('date', { nullable: true })
  dueOn: string | null;

  @FieldColumn('boolean')
  done: boolean;

  @FieldColumn('timestamptz', { nullable: true })
  doneAt: Date | null;

  @DbColumn('timestamptz')
  createdAt: Date;

  /** Set by SupervisionRepository, in SQL: open, and due before the partner's today (app_is_overdue). */
  @Field({ description: 'Open and past its due date.' })
  overdue: boolean;
}
