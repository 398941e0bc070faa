import { Field, ID, InputType } from '@nestjs/graphql';
import { WrittenBodyInput } from '../../../core/validation/input-fields.js';

@InputType()
export class AddSupervisionCommentInput extends WrittenBodyInput {
  @Field(() => ID)
  sessionId: string;
}
