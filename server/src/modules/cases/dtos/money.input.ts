import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { MinorUnitsScalar } from '../../../core/graphql/minor-units.scalar.js';

@InputType()
export class MoneyInput {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (ISO 4217 exponent).' })
  amountMinor: number;

  @Field({ description: 'ISO 4217.' })
  @MaxLength(3)
  currency: string;
}
