import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { OutreachFilter } from './outreach-filter.input.js';

@ArgsType()
export class OutreachArgs extends PageArgs {
  @NestedInput(() => OutreachFilter, { nullable: true })
  filter?: OutreachFilter | null;
}
