import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { MinorUnitsScalar } from '../../../core/graphql/minor-units.scalar.js';
import { Multiline, OptionalText, RequiredText, TextList, trimmed } from '../../../core/validation/text.js';
import { CaseStatus, ClosureReason, DocumentLanguage, HouseholdRelation, Sex } from '../case-enums.js';

@InputType()
export class ReturneeInput {
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

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @OptionalText(2)
  citizenship?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639 codes, e.g. ar, so, ckb, bs.' })
  @TextList(10, 3)
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Swedish personal identity or coordination number; the checksum is verified.' })
  @OptionalText(40)
  identityNumber?: string | null;

  @Field(() => DocumentLanguage)
  documentLanguage: DocumentLanguage;
}

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true })
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(500)
  addressInSweden?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(4000, { multiline: true })
  notes?: string | null;
}

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

@InputType()
export class HealthInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(8000)
  @Multiline()
  information: string;

  @Field(() => [String], { defaultValue: [] })
  @TextList(20, 200)
  vulnerabilities: string[];
}

@InputType()
export class MoneyInput {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (ISO 4217 exponent).' })
  amountMinor: number;

  @Field({ description: 'ISO 4217.' })
  @MaxLength(3)
  currency: string;
}

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

@InputType({ description: 'Every field but id and version is optional: what is given is changed, the rest kept.' })
export class UpdateCaseInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => ReturneeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReturneeInput)
  returnee?: ReturneeInput | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput | null;

  @Field(() => [HouseholdMemberInput], { nullable: true, description: 'Replaces the household: members whose id is not listed are removed.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberInput)
  household?: HouseholdMemberInput[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(8000, { multiline: true })
  needs?: string | null;

  @Field(() => HealthInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HealthInput)
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

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  supportGranted?: MoneyInput | null;

  @Field(() => ID, { nullable: true })
  responsibleCaseworkerId?: string | null;
}

@InputType()
export class ChangeCaseStatusInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => CaseStatus)
  to: CaseStatus;

  @Field(() => ClosureReason, { nullable: true })
  closureReason?: ClosureReason | null;
}
