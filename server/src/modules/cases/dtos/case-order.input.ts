import { Field, InputType } from '@nestjs/graphql';
import { CaseSortField, SortDirection } from '../cases.enums.js';

@InputType()
export class CaseOrder {
  @Field(() => CaseSortField, { defaultValue: CaseSortField.UPDATED_AT })
  field: CaseSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}
