import { InputType } from '@nestjs/graphql';
import { OptionalTextField } from '../../../core/validation/input-fields.js';

@InputType()
export class ContactInput {
  @OptionalTextField(40)
  phone?: string | null;

  @OptionalTextField(254)
  email?: string | null;

  @OptionalTextField(500)
  addressInSweden?: string | null;

  @OptionalTextField(4000, { multiline: true })
  notes?: string | null;
}
