import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SustainabilityIndicator } from './follow-up.enums.js';

/** One answer of a sustainability assessment, 0 (very poor) … 4 (very good). */
@ObjectType()
export class IndicatorAnswer {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => Int)
  value: number;
}
