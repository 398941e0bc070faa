import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the reset link (after `#token=`).' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/)
  token: string;

  @Field({ description: 'At least 12 characters; not a common password, not the address or name.' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword: string;
}
