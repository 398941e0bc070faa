import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { OptionalText } from '../../../core/validation/text.js';
import { CaseStatus } from '../cases.enums.js';

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: CaseStatus[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2)
  destinationCountry?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleCaseworkerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases referred (ever) to this organisation.' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the returnee's name or of the case number." })
  @OptionalText(100)
  text?: string | null;
}
