import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { OptionalText } from '../../../core/validation/text.js';

@InputType()
export class ConfirmArrivalInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.EVENT)
  arrivedOn: string;

  @Field(() => String, { nullable: true })
  @OptionalText(4000, { multiline: true })
  notes?: string | null;
}
