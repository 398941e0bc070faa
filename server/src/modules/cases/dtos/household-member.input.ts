import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { DateField, OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { HouseholdRelation, Sex } from '../cases.enums.js';

@InputType()
export class HouseholdMemberInput {
  @Field(() => ID, { nullable: true, description: 'Omit for a new member; give it to keep (and edit) an existing one.' })
  id?: string | null;

  @TextField(100)
  firstName: string;

  @TextField(100)
  lastName: string;

  @DateField(DateKind.BIRTH, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => HouseholdRelation)
  relation: HouseholdRelation;

  @OptionalTextField(40)
  identityNumber?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  travels: boolean;
}
