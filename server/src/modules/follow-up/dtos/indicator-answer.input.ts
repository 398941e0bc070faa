import { Field, InputType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { IntField } from '../../../core/validation/input-fields.js';
import { SustainabilityIndicator } from '../follow-up.enums.js';

@InputType()
export class IndicatorAnswerInput {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @IntField()
  @Max(4)
  @Min(0)
  value: number;
}
