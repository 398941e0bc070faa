import { Field, InputType } from '@nestjs/graphql';
import { DateField, OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { TextList } from '../../../core/validation/text.js';
import { DocumentLanguage, Sex } from '../cases.enums.js';

@InputType()
export class ReturneeInput {
  @TextField(100)
  firstName: string;

  @TextField(100)
  lastName: string;

  @DateField(DateKind.BIRTH, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Sex)
  sex: Sex;

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
