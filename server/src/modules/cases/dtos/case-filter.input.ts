import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { CaseStatus } from '../cases.enums.js';

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: CaseStatus[] | null;

  @OptionalTextField(2)
  destinationCountry?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleCaseworkerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases referred (ever) to this organisation.' })
  partnerId?: string | null;

  @OptionalTextField(100, {
    description:
      "What to find: a name of the returnee or of a household member (any case, diacritics or separators), the case number, the identity number (with or without century and dash), a phone number (whole, as dialled from abroad, or its last six digits or more), or the destination place. Sorted by relevance by default.",
  })
  text?: string | null;
}
