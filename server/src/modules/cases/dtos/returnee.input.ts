import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { OptionalText, RequiredText, TextList } from '../../../core/validation/text.js';
import { DocumentLanguage, Sex } from '../cases.enums.js';

@InputType()
export class ReturneeInput {
  @Field()
  @RequiredText(100)
  firstName: string;

  @Field()
  @RequiredText(100)
  lastName: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.BIRTH)
  dateOfBirth?: string | null;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @OptionalText(2)
  citizenship?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639 codes, e.g. ar, so, ckb, bs.' })
  @TextList(10, 3)
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Swedish personal identity or coordination number; the checksum is verified.' })
  @OptionalText(40)
  identityNumber?: string | null;

  @Field(() => DocumentLanguage)
  documentLanguage: DocumentLanguage;
}
