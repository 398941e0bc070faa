import { Field, ID, InputType } from '@nestjs/graphql';
import { DateField, IntField, OptionalTextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { CaseSourceInput } from './case-source.input.js';
import { ContactInput } from './contact.input.js';
import { HealthInput } from './health.input.js';
import { HouseholdMemberInput } from './household-member.input.js';
import { MoneyInput } from './money.input.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { ReturneeInput } from './returnee.input.js';

@InputType({ description: 'Every field but id and version is optional: what is given is changed, the rest kept.' })
export class UpdateCaseInput {
  @Field(() => ID)
  id: string;

  @IntField()
  version: number;

  @NestedInput(() => ReturneeInput, { nullable: true })
  returnee?: ReturneeInput | null;

  @NestedInput(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;

  @NestedInput(() => HouseholdMemberInput, { nullable: true, description: 'Replaces the household: members whose id is not listed are removed.', maxItems: 30 })
  household?: HouseholdMemberInput[] | null;

  @OptionalTextField(8000, { multiline: true })
  needs?: string | null;

  @NestedInput(() => HealthInput, { nullable: true })
  health?: HealthInput | null;

  @OptionalTextField(2)
  destinationCountry?: string | null;

  @OptionalTextField(200)
  destinationPlace?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true })
  plannedDeparture?: string | null;

  @DateField(DateKind.EVENT, { nullable: true })
  actualDeparture?: string | null;

  @NestedInput(() => MoneyInput, { nullable: true })
  supportGranted?: MoneyInput | null;

  @Field(() => ID, { nullable: true })
  responsibleCaseworkerId?: string | null;

  @NestedInput(() => CaseSourceInput, { nullable: true, description: 'How the returnee came to the office; null: not recorded (absent: kept).' })
  source?: CaseSourceInput | null;
}
