import { Field, ID, InputType } from '@nestjs/graphql';
import { IntField } from '../../../core/validation/input-fields.js';
import { ContactPersonFields } from './contact-person-fields.input.js';

@InputType({ description: 'Replaces every field of the person.' })
export class UpdateContactPersonInput extends ContactPersonFields {
  @Field(() => ID)
  id: string;

  @IntField()
  version: number;
}
