import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** An earlier text of a session's notes, kept when the notes change. */
@ObjectType()
@Entity('supervision_note_revision')
export class NoteRevision extends SupervisionSessionRow {
  @FieldColumn('text', { description: 'The text as it was before this change.' })
  notes: string;

  @DbColumn('uuid')
  changedByUserId: string;

  @FieldColumn('timestamptz')
  changedAt: Date;
}
