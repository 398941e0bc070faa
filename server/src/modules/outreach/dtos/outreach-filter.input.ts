import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DateField, OptionalTextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { OutreachKind } from '../outreach.enums.js';

@InputType()
export class OutreachFilter {
  @Field(() => OutreachKind, { nullable: true })
  @IsOptional()
  kind?: OutreachKind | null;

  @OptionalTextField(2, { description: 'A country of focus (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activities that involved this directory entry (its timeline).' })
  contactOrganisationId?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or after.' })
  from?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or before.' })
  to?: string | null;
}
