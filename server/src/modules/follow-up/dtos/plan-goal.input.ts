import { Field, ID, InputType } from '@nestjs/graphql';
import { DateField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { GoalStatus, ReintegrationDomain } from '../follow-up.enums.js';

@InputType()
export class PlanGoalInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @TextField(2000, { multiline: true })
  description: string;

  @Field(() => GoalStatus, { defaultValue: GoalStatus.NOT_STARTED })
  status: GoalStatus;

  @DateField(DateKind.SCHEDULE, { nullable: true })
  targetDate?: string | null;
}
