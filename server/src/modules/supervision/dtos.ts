import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateKind, DateOf } from '../../core/validation/date-ranges.js';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { Multiline, RequiredText, TextList, trimmed } from '../../core/validation/text.js';
import { SupervisionMode } from './supervision.entities.js';

@InputType()
export class SupervisionActionInput {
  @Field()
  @RequiredText(2000)
  description: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  dueOn?: string | null;
}

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

@InputType()
export class UpdateSupervisionNotesInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(20000)
  @Multiline()
  notes: string;
}

@InputType()
export class AddSupervisionActionInput extends SupervisionActionInput {
  @Field(() => ID)
  sessionId: string;
}

@InputType()
export class AddSupervisionCommentInput {
  @Field(() => ID)
  sessionId: string;

  @Field()
  @RequiredText(4000, { multiline: true })
  body: string;
}
