import { InputType } from '@nestjs/graphql';
import type { MixinBase } from '../../../core/graphql/mixin-base.js';
import { TextField } from '../../../core/validation/input-fields.js';
import { NameSpellingField } from '../../../core/validation/name-spelling.js';

/** A colleague's name as written and its spellings in the other script, as a new user and a rename give them. */
export function UserNameFields<Base extends MixinBase>(base: Base) {
  @InputType({ isAbstract: true })
  abstract class UserNames extends base {
    @TextField(200, { description: 'The name as the person writes it.' })
    name: string;

    @NameSpellingField('latin', 'The name in Latin script, where `name` is written in Arabic script.')
    nameLatin?: string | null;

    @NameSpellingField('arabic', 'The name in Arabic script, where `name` is written in Latin script.')
    nameArabic?: string | null;
  }
  return UserNames;
}
