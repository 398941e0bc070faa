import { Field, InputType } from '@nestjs/graphql';
import { ContactStatus } from '../contacts.enums.js';
import { ContactOrganisationFields } from './contact-organisation-fields.input.js';

@InputType()
export class CreateContactOrganisationInput extends ContactOrganisationFields {
  @Field(() => ContactStatus, { defaultValue: ContactStatus.PROSPECT })
  status: ContactStatus;
}
