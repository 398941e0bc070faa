import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { Multiline, TextList, trimmed } from '../../../core/validation/text.js';

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
