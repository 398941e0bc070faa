import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { OutreachKind } from '../outreach.enums.js';
import { HeldBetweenFilter } from './held-between.input.js';

@InputType()
export class OutreachFilter extends HeldBetweenFilter {
  @Field(() => OutreachKind, { nullable: true })
  @IsOptional()
  kind?: OutreachKind | null;

  @OptionalTextField(2, { description: 'A country of focus (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Activities that involved this directory entry (its timeline).' })
  contactOrganisationId?: string | null;
}
