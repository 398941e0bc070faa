import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  REFERRAL_EXPIRED = 'REFERRAL_EXPIRED',
  ARRIVAL_CONFIRMED = 'ARRIVAL_CONFIRMED',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  MESSAGE_RECEIVED = 'MESSAGE_RECEIVED',
  SUPERVISION_SESSION = 'SUPERVISION_SESSION',
  SUPERVISION_ACTION_DUE = 'SUPERVISION_ACTION_DUE',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

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

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number | null>;
  case_id: string | null;
  referral_id: string | null;
  session_id: string | null;
  created_at: Date;
  read_at: Date | null;
}
