import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { WorkReason } from './worklist.enums.js';

/** A case that needs its caseworker now, and why: one item per case. */
@ObjectType()
export class CaseWorkItem {
  @Field(() => ReferralCase)
  case: ReferralCase;

  @Field(() => WorkReason, { description: 'The oldest of `reasons`: where the case sits in the list.' })
  reason: WorkReason;

  @Field(() => [WorkReason], { description: 'Every reason the case needs its caseworker now, oldest first; the case is listed once.' })
  reasons: WorkReason[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  since: Date | null;
}
