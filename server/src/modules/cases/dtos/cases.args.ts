import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { CaseFilter } from './case-filter.input.js';
import { CaseOrder } from './case-order.input.js';

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
