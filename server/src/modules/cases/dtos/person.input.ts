import { Field, InputType } from '@nestjs/graphql';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { DateField, TextField } from '../../../core/validation/input-fields.js';
import { Sex } from '../cases.enums.js';

/** What the returnee's and a household member's input both start with: who the person is. */
@InputType({ isAbstract: true })
export abstract class PersonInput {
  @TextField(100)
  firstName: string;

  @TextField(100)
  lastName: string;

  @DateField(DateKind.BIRTH, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Sex)
  sex: Sex;
}
