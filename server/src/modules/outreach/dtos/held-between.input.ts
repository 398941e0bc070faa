import { InputType } from '@nestjs/graphql';
import { DateField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';

/** The period a list of activities or consultations is filtered to, by the day each was held. */
@InputType({ isAbstract: true })
export abstract class HeldBetweenFilter {
  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or after.' })
  from?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or before.' })
  to?: string | null;
}
