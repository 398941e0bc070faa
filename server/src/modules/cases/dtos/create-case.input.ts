import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { MaxLength } from 'class-validator';
import { DateField, OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { trimmed } from '../../../core/validation/text.js';
import { CaseSourceInput } from './case-source.input.js';
import { ContactInput } from './contact.input.js';
import { HealthInput } from './health.input.js';
import { HouseholdMemberInput } from './household-member.input.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { ReturneeInput } from './returnee.input.js';

@InputType()
export class CreateCaseInput {
  @NestedInput(() => ReturneeInput)
  returnee: ReturneeInput;

  @NestedInput(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;

  @NestedInput(() => HouseholdMemberInput, { defaultValue: [], maxItems: 30 })
  household: HouseholdMemberInput[];

  @OptionalTextField(8000, { multiline: true })
  needs?: string | null;

  @NestedInput(() => HealthInput, { nullable: true })
  health?: HealthInput | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @MaxLength(2)
  @Transform(trimmed)
  destinationCountry: string;

  @TextField(200)
  destinationPlace: string;

  @DateField(DateKind.SCHEDULE, { nullable: true })
  plannedDeparture?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the creator.' })
  responsibleCaseworkerId?: string | null;

  @NestedInput(() => CaseSourceInput, { nullable: true, description: 'How the returnee came to the office; absent: not recorded.' })
  source?: CaseSourceInput | null;
}
