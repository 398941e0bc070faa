import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { ContactStatus } from '../contacts.enums.js';

@InputType()
export class ChangeContactStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => ContactStatus)
  status: ContactStatus;

  @OptionalTextField(2000, { multiline: true, description: 'Why, or what happened.' })
  note?: string | null;
}
