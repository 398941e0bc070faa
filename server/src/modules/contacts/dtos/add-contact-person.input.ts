import { Field, ID, InputType } from '@nestjs/graphql';
import { ContactPersonFields } from './contact-person-fields.input.js';

@InputType()
export class AddContactPersonInput extends ContactPersonFields {
  @Field(() => ID)
  contactOrganisationId: string;
}
