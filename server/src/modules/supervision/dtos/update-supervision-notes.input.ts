import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { IntField } from '../../../core/validation/input-fields.js';
import { Multiline, trimmed } from '../../../core/validation/text.js';

@InputType()
export class UpdateSupervisionNotesInput {
  @Field(() => ID)
  sessionId: string;

  @IntField()
  version: number;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(20000)
  @Multiline()
  notes: string;
}
