import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'At least 12 characters; not a common password, not the address or name.' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword: string;
}
