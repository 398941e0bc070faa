import { Field, ID, InputType } from '@nestjs/graphql';
import { OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { TextList } from '../../../core/validation/text.js';
import { ContactKind } from '../contacts.enums.js';

/** What describes a directory entry: the same fields to create one and to edit it. */
@InputType({ isAbstract: true })
export abstract class ContactOrganisationFields {
  @TextField(200)
  name: string;

  @Field(() => ContactKind)
  kind: ContactKind;

  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 alpha-2 codes, e.g. IQ, SO, BA.' })
  @TextList(30, 2)
  focusCountries: string[];

  @Field(() => [String], { defaultValue: [], description: 'ISO 639 codes, e.g. ar, so, bs.' })
  @TextList(20, 3)
  languages: string[];

  @OptionalTextField(200, { description: 'District or municipality.' })
  district?: string | null;

  @OptionalTextField(500)
  address?: string | null;

  @OptionalTextField(500, { description: 'http(s) address.' })
  website?: string | null;

  @Field(() => ID, { nullable: true, description: 'A signed letter of intent, from POST /attachments (PDF, PNG or JPEG, at most 10 MB).' })
  letterOfIntentAttachmentId?: string | null;
}
