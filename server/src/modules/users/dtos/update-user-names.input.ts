import { Field, ID, InputType } from '@nestjs/graphql';
import { TextField } from '../../../core/validation/input-fields.js';
import { NameSpellingField } from '../../../core/validation/name-spelling.js';

/** A colleague's name as written and its spellings in the other script; a spelling left out is removed. */
@InputType()
export class UpdateUserNamesInput {
  @Field(() => ID)
  userId: string;

  @TextField(200, { description: 'The name as the person writes it.' })
  name: string;

  @NameSpellingField('latin', 'The name in Latin script, where `name` is written in Arabic script.')
  nameLatin?: string | null;

  @NameSpellingField('arabic', 'The name in Arabic script, where `name` is written in Latin script.')
  nameArabic?: string | null;
}
