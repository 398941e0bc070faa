import { Field, InputType } from '@nestjs/graphql';
import { MinorUnitsScalar } from '../../../core/graphql/minor-units.scalar.js';
import { BudgetCurrency } from '../follow-up.enums.js';

@InputType()
export class BudgetInput {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (ISO 4217 exponent).' })
  amountMinor: number;

  @Field(() => BudgetCurrency)
  currency: BudgetCurrency;
}
