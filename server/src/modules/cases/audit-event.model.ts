import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** An event of a case's audit trail (core/audit writes them; cases.repository.ts reads a case's trail). */
@ObjectType()
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field({ description: 'e.g. case.read, case.create, case.update, case.status, consent.record, referral.send, access.denied' })
  action: string;

  actorUserId: string | null;
  organisationId: string | null;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}
