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

  @OptionalTextField(100, { description: "Part of the returnee's name or of the case number." })
  text?: string | null;
}
