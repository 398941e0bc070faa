import { Field, ID, InputType } from '@nestjs/graphql';
import { UserNameFields } from './user-name-fields.input.js';

@InputType({ isAbstract: true })
abstract class UserToRename {
  @Field(() => ID)
  userId: string;
}

/** A colleague's name as written and its spellings in the other script; a spelling left out is removed. */
@InputType()
export class UpdateUserNamesInput extends UserNameFields(UserToRename) {}
