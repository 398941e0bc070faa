import { Field, ObjectType } from '@nestjs/graphql';
import { SustainabilityDimension, SustainabilityIndicator } from './follow-up.enums.js';

/** Which dimension an indicator measures (the sustainabilityIndicators query). */
@ObjectType()
export class IndicatorDefinition {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => SustainabilityDimension)
  dimension: SustainabilityDimension;
}
