import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { DateField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { Multiline, TextList, trimmed } from '../../../core/validation/text.js';
import { SupervisionMode } from '../supervision.enums.js';
import { SupervisionActionInput } from './supervision-action.input.js';

@InputType()
export class CreateSupervisionSessionInput {
  @Field(() => ID)
  partnerId: string;

  @DateField(DateKind.SESSION)
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

  @NestedInput(() => SupervisionActionInput, { maxItems: 50, defaultValue: [] })
  actions: SupervisionActionInput[];
}
