import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from './notifications.enums.js';

/** A notification as its recipient reads it: the text is written in their language. */
@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: "Written in the viewer's language." })
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'A client route to open, e.g. /cases/<id> or /supervision/<id>.' })
  link: string | null;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => ID, { nullable: true })
  referralId: string | null;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}
