import { Field, ObjectType } from '@nestjs/graphql';
import { MinorUnitsScalar } from '../../core/graphql/minor-units.scalar.js';

@ObjectType({ description: 'Integer minor units with an ISO 4217 currency.' })
export class Money {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (ISO 4217 exponent): 150000 SEK is 1 500,00 kr; 3500000000 IQD is 3 500 000 dinars.' })
  amountMinor: number;

  @Field({ description: 'ISO 4217, e.g. SEK, EUR, BAM, IQD.' })
  currency: string;
}
