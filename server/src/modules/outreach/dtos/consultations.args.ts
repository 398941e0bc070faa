import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { ConsultationFilter } from './consultation-filter.input.js';

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @NestedInput(() => ConsultationFilter, { nullable: true })
  filter?: ConsultationFilter | null;
}
