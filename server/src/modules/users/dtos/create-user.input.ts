import type { Language } from '@cirkel/i18n';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../core/i18n/language.enum.js';
import { Role } from '../role.enum.js';
import { UserNameFields } from './user-name-fields.input.js';

@InputType({ isAbstract: true })
abstract class NewUserEmail {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  // class-validator checks the decorator nearest the property first: emptiness before format.
  @MaxLength(254)
  @IsEmail()
  @IsNotEmpty()
  email: string;
}

@InputType()
export class CreateUserInput extends UserNameFields(NewUserEmail) {
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
