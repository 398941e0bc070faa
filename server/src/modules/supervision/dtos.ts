import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { SupervisionMode } from './supervision.entities.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class SupervisionActionInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  @IsNotEmpty()
  description: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class CreateSupervisionSessionInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => SupervisionMode)
  mode: SupervisionMode;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  topics: string[];

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
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
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
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
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  @IsNotEmpty()
  body: string;
}
