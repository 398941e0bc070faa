import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, MaxLength } from 'class-validator';
import { Multiline, trimmed } from '../../../core/validation/text.js';

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
