import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { ContactKind, ContactStatus } from '../contacts.enums.js';

@InputType()
export class ContactFilter {
  @Field(() => ContactKind, { nullable: true })
  @IsOptional()
  kind?: ContactKind | null;

  @OptionalTextField(2, { description: 'A country of focus (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @Field(() => ContactStatus, { nullable: true })
  @IsOptional()
  status?: ContactStatus | null;

  @OptionalTextField(200, { description: 'District or municipality, as written in the directory.' })
  district?: string | null;

  @OptionalTextField(100, { description: 'Part of the name; case, diacritics and separators do not matter.' })
  text?: string | null;

  @Field({ defaultValue: false, description: 'Include archived entries.' })
  includeArchived: boolean;
}
