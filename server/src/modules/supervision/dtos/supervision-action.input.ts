import { Field, ID, InputType } from '@nestjs/graphql';
import { DateField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';

@InputType()
export class SupervisionActionInput {
  @TextField(2000)
  description: string;

  @Field(() => ID)
  ownerId: string;

  @DateField(DateKind.SCHEDULE, { nullable: true })
  dueOn?: string | null;
}
