import { Field, InputType } from '@nestjs/graphql';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { TextList } from '../../../core/validation/text.js';
import { DocumentLanguage } from '../cases.enums.js';
import { PersonInput } from './person.input.js';

@InputType()
export class ReturneeInput extends PersonInput {
  @OptionalTextField(2, { description: 'ISO 3166-1 alpha-2.' })
  citizenship?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639 codes, e.g. ar, so, ckb, bs.' })
  @TextList(10, 3)
  languages: string[];

  @OptionalTextField(40, { description: 'Swedish personal identity or coordination number; the checksum is verified.' })
  identityNumber?: string | null;

  @Field(() => DocumentLanguage)
  documentLanguage: DocumentLanguage;
}
