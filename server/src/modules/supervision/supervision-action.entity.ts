import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** An action agreed at a session, with an owner and maybe a due date. */
@ObjectType()
@Entity('supervision_action')
export class SupervisionAction extends SupervisionSessionRow {
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

  /** Set by SupervisionRepository, in SQL: open, and due before the partner's today (app_is_overdue). */
  @Field({ description: 'Open and past its due date.' })
  overdue: boolean;
}
