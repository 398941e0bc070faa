import { InputType } from '@nestjs/graphql';
import { EmailField } from '../../validation/input-fields.js';

@InputType()
export class RequestPasswordResetInput {
  @EmailField()
  email: string;
}
