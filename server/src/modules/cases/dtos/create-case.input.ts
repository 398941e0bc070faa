import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { OptionalText, RequiredText, trimmed } from '../../../core/validation/text.js';
import { ContactInput } from './contact.input.js';
import { HealthInput } from './health.input.js';
import { HouseholdMemberInput } from './household-member.input.js';
import { ReturneeInput } from './returnee.input.js';

@InputType()
export class CreateCaseInput {
  @Field(() => ReturneeInput)
  @ValidateNested()
  @Type(() => ReturneeInput)
  returnee: ReturneeInput;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput | null;

  @Field(() => [HouseholdMemberInput], { defaultValue: [] })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberInput)
  household: HouseholdMemberInput[];

  @Field(() => String, { nullable: true })
  @OptionalText(8000, { multiline: true })
  needs?: string | null;

  @Field(() => HealthInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HealthInput)
  health?: HealthInput | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @MaxLength(2)
  @Transform(trimmed)
  destinationCountry: string;

  @Field()
  @RequiredText(200)
  destinationPlace: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  plannedDeparture?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the creator.' })
  responsibleCaseworkerId?: string | null;
}
