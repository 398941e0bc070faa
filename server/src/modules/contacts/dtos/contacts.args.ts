import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { ContactFilter } from './contact-filter.input.js';

@ArgsType()
export class ContactsArgs extends PageArgs {
  @NestedInput(() => ContactFilter, { nullable: true })
  filter?: ContactFilter | null;
}
