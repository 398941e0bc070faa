import { Field, ID, InputType } from '@nestjs/graphql';
import { TextField } from '../../../core/validation/input-fields.js';

@InputType()
export class AddSupervisionCommentInput {
  @Field(() => ID)
  sessionId: string;

  @TextField(4000, { multiline: true })
  body: string;
}
