import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SetFirstPasswordInput {
  @Field({ description: 'At least 12 characters; not a common password, not the address or name.' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword: string;
}
