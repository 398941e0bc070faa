import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { RequiredText } from '../../../core/validation/text.js';
import { GoalStatus, ReintegrationDomain } from '../follow-up.enums.js';

@InputType()
export class PlanGoalInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field()
  @RequiredText(2000, { multiline: true })
  description: string;

  @Field(() => GoalStatus, { defaultValue: GoalStatus.NOT_STARTED })
  status: GoalStatus;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  targetDate?: string | null;
}
