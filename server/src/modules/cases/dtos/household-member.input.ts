import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { HouseholdRelation } from '../cases.enums.js';
import { PersonInput } from './person.input.js';

@InputType()
export class HouseholdMemberInput extends PersonInput {
  @Field(() => ID, { nullable: true, description: 'Omit for a new member; give it to keep (and edit) an existing one.' })
  id?: string | null;

  @Field(() => HouseholdRelation)
  relation: HouseholdRelation;

  @OptionalTextField(40)
  identityNumber?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  travels: boolean;
}
