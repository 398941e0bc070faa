import { Field, ID, InputType } from '@nestjs/graphql';
import { DateField, OptionalTextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';

@InputType()
export class ConfirmArrivalInput {
  @Field(() => ID)
  caseId: string;

  @DateField(DateKind.EVENT)
  arrivedOn: string;

  @OptionalTextField(4000, { multiline: true })
  notes?: string | null;
}
