import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { OptionalText } from '../../../core/validation/text.js';
import { ContactInput } from './contact.input.js';
import { HealthInput } from './health.input.js';
import { HouseholdMemberInput } from './household-member.input.js';
import { MoneyInput } from './money.input.js';
import { NestedInput } from './nested-input.decorator.js';
import { ReturneeInput } from './returnee.input.js';

@InputType({ description: 'Every field but id and version is optional: what is given is changed, the rest kept.' })
export class UpdateCaseInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @NestedInput(() => ReturneeInput, { nullable: true })
  returnee?: ReturneeInput | null;

  @NestedInput(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;

  @NestedInput(() => HouseholdMemberInput, { nullable: true, description: 'Replaces the household: members whose id is not listed are removed.', maxItems: 30 })
  household?: HouseholdMemberInput[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(8000, { multiline: true })
  needs?: string | null;

  @NestedInput(() => HealthInput, { nullable: true })
  health?: HealthInput | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2)
  destinationCountry?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  destinationPlace?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  plannedDeparture?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.EVENT)
  actualDeparture?: string | null;

  @NestedInput(() => MoneyInput, { nullable: true })
  supportGranted?: MoneyInput | null;

  @Field(() => ID, { nullable: true })
  responsibleCaseworkerId?: string | null;
}
