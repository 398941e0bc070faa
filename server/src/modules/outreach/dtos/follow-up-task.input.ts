import { Field, ID, InputType } from '@nestjs/graphql';
import { DateField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';

@InputType({ description: 'A follow-up: what, by when, and whose (a member of the organisation’s own staff).' })
export class FollowUpTaskInput {
  @TextField(2000, { multiline: true })
  description: string;

  @DateField(DateKind.SCHEDULE)
  dueOn: string;

  @Field(() => ID)
  ownerId: string;
}
