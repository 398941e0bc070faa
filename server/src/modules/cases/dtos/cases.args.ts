import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { OptionalText } from '../../../core/validation/text.js';
import { CaseSortField, CaseStatus, SortDirection } from '../case-enums.js';

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

@InputType()
export class CaseOrder {
  @Field(() => CaseSortField, { defaultValue: CaseSortField.UPDATED_AT })
  field: CaseSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilter)
  filter?: CaseFilter | null;

  @Field(() => CaseOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseOrder)
  orderBy?: CaseOrder | null;
}
