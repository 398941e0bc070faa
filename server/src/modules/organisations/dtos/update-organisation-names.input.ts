import { InputType } from '@nestjs/graphql';
import { TextField } from '../../../core/validation/input-fields.js';
import { NameSpellingField } from '../../../core/validation/name-spelling.js';

/** The caller's organisation's name as written and its names in the other script; one left out is removed. */
@InputType()
export class UpdateOrganisationNamesInput {
  @TextField(200, { description: 'The name as the organisation writes it.' })
  name: string;

  @NameSpellingField('latin', 'Its name in Latin script (Swedish, English and Bosnian readers), where `name` is in another script.')
  nameLatin?: string | null;

  @NameSpellingField('arabic', 'Its name in Arabic script (Arabic readers), where `name` is in another script.')
  nameArabic?: string | null;
}
