import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { WorkReason } from './worklist.enums.js';

/** A case that needs its caseworker now, and why. */
@ObjectType()
export class CaseWorkItem {
  @Field(() => ReferralCase)
  case: ReferralCase;

  @Field(() => WorkReason)
  reason: WorkReason;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since: Date | null;
}
