import type { Language } from '@cirkel/i18n';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { TextField } from '../../../core/validation/input-fields.js';
import { NameSpellingField } from '../../../core/validation/name-spelling.js';
import { LanguageEnum } from '../../../core/i18n/language.enum.js';
import { Role } from '../role.enum.js';

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  // class-validator checks the decorator nearest the property first: emptiness before format.
  @MaxLength(254)
  @IsEmail()
  @IsNotEmpty()
  email: string;

  @TextField(200, { description: 'The name as the person writes it.' })
  name: string;

  @NameSpellingField('latin', 'The name in Latin script, where `name` is written in Arabic script.')
  nameLatin?: string | null;

  @NameSpellingField('arabic', 'The name in Arabic script, where `name` is written in Latin script.')
  nameArabic?: string | null;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  roles: Role[];

  @Field(() => LanguageEnum)
  @IsIn(Object.values(LanguageEnum))
  language: Language;

  @Field({ description: 'Temporary password, at least 12 characters: the person must choose their own at the first login (`mustChangePassword`).' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;
}
