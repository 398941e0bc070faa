import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { SupervisionSessionRow } from './supervision-session-row.js';

/** A participant's comment on a session. */
@ObjectType()
@Entity('supervision_comment')
export class SupervisionComment extends SupervisionSessionRow {
  @Field()
  @Column('text')
  body: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
