import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { OptionalText, RequiredText } from '../../../core/validation/text.js';
import { HouseholdRelation, Sex } from '../cases.enums.js';

@InputType()
export class HouseholdMemberInput {
  @Field(() => ID, { nullable: true, description: 'Omit for a new member; give it to keep (and edit) an existing one.' })
  id?: string | null;

  @Field()
  @RequiredText(100)
  firstName: string;

  @Field()
  @RequiredText(100)
  lastName: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.BIRTH)
  dateOfBirth?: string | null;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => HouseholdRelation)
  relation: HouseholdRelation;

  @Field(() => String, { nullable: true })
  @OptionalText(40)
  identityNumber?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  travels: boolean;
}
