import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { CaseFilter } from './case-filter.input.js';
import { CaseOrder } from './case-order.input.js';
import { NestedInput } from '../../../core/validation/nested-input.js';

@ArgsType()
export class CasesArgs extends PageArgs {
  @NestedInput(() => CaseFilter, { nullable: true })
  filter?: CaseFilter | null;

  @NestedInput(() => CaseOrder, { nullable: true })
  orderBy?: CaseOrder | null;
}
