import { ObjectType } from '@nestjs/graphql';
import { FieldColumn } from '../../core/database/entity-columns.js';
import type { MixinBase } from '../../core/graphql/mixin-base.js';
import { Sex } from './cases.enums.js';

/** The columns a returnee and a household member both start with: who the person is. */
export function PersonColumns<Base extends MixinBase>(base: Base) {
  @ObjectType({ isAbstract: true })
  abstract class Person extends base {
    @FieldColumn('text')
    firstName: string;

    @FieldColumn('text')
    lastName: string;

    @FieldColumn('date', { nullable: true })
    dateOfBirth: string | null;

    @FieldColumn('text', { graphql: () => Sex })
    sex: Sex;
  }
  return Person;
}
