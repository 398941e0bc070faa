import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Role } from '../role.enum.js';

@InputType()
export class UpdateUserRolesInput {
  @Field(() => ID)
  userId: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  roles: Role[];
}
