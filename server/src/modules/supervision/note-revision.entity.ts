import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** An earlier text of a session's notes, kept when the notes change. */
@ObjectType()
@Entity('supervision_note_revision')
export class NoteRevision extends SupervisionSessionRow {
  @Field({ description: 'The text as it was before this change.' })
  @Column('text')
  notes: string;

  @Column({ name: 'changed_by_user_id', type: 'uuid' })
  changedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
