import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { SustainabilityIndicator } from '../follow-up.enums.js';

@InputType()
export class IndicatorAnswerInput {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => Int)
  @IsInt()
  @Max(4)
  @Min(0)
  value: number;
}
