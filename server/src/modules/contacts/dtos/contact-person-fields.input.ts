import { InputType } from '@nestjs/graphql';
import { OptionalTextField, TextField } from '../../../core/validation/input-fields.js';

/** What describes a contact person: the same fields to add one and to edit them. */
@InputType({ isAbstract: true })
export abstract class ContactPersonFields {
  @TextField(200)
  name: string;

  @OptionalTextField(200, { description: 'Their role at the organisation.' })
  roleTitle?: string | null;

  @OptionalTextField(40, { description: 'International (+46 8 …) or as dialled in the directory’s country.' })
  phone?: string | null;

  @OptionalTextField(254)
  email?: string | null;

  @OptionalTextField(3, { description: 'ISO 639 code, e.g. ar, so, sv.' })
  preferredLanguage?: string | null;
}
