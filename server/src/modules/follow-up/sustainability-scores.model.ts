import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Each between 0 and 1; overall is the mean of the three.' })
export class SustainabilityScores {
  @Field(() => Float)
  economic: number;

  @Field(() => Float)
  social: number;

  @Field(() => Float)
  psychosocial: number;

  @Field(() => Float)
  overall: number;
}
