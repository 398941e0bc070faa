import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { Multiline, TextList, trimmed } from '../../../core/validation/text.js';
import { SupervisionMode } from '../supervision.enums.js';
import { SupervisionActionInput } from './supervision-action.input.js';

@InputType()
export class CreateSupervisionSessionInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.SESSION)
  heldOn: string;

  @Field(() => SupervisionMode)
  mode: SupervisionMode;

  @Field(() => [String], { defaultValue: [] })
  @TextList(20, 200)
  topics: string[];

  @Field({ defaultValue: '' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(20000)
  @Multiline()
  notes: string;

  @Field(() => [ID], { description: 'Users of the two organisations.' })
  @ArrayMaxSize(50)
  participantIds: string[];

  @Field(() => [ID], { defaultValue: [], description: "Cases both sides may see (the owner's cases referred to the partner with access)." })
  @ArrayMaxSize(50)
  caseIds: string[];

  @Field(() => [SupervisionActionInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SupervisionActionInput)
  actions: SupervisionActionInput[];
}
