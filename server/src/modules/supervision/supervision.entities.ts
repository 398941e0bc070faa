import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';

export enum SupervisionMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  PHONE = 'PHONE',
}
registerEnumType(SupervisionMode, { name: 'SupervisionMode' });

/** A supervisor of the supervising organisation meets caseworkers of a partner. */
@ObjectType()
@Entity('supervision_session')
export class SupervisionSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;

  @Field(() => DateScalar)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => SupervisionMode)
  @Column('text')
  mode: SupervisionMode;

  @Field(() => [String])
  @Column('text', { array: true })
  topics: string[];

  @Field()
  @Column('text')
  notes: string;

  @Field(() => Int)
  @Column('integer')
  version: number;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType()
@Entity('supervision_note_revision')
export class NoteRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Field({ description: 'The text as it was before this change.' })
  @Column('text')
  notes: string;

  @Column({ name: 'changed_by_user_id', type: 'uuid' })
  changedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}

@ObjectType()
@Entity('supervision_action')
export class SupervisionAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Field()
  @Column('text')
  description: string;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field()
  @Column('boolean')
  done: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'Open and past its due date.' })
  get overdue(): boolean {
    return !this.done && this.dueOn !== null && this.dueOn < new Date().toISOString().slice(0, 10);
  }
}

@ObjectType()
@Entity('supervision_comment')
export class SupervisionComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Field()
  @Column('text')
  body: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
