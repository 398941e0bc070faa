import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '../../../core/validation/text.js';

@InputType()
export class AddSupervisionCommentInput {
  @Field(() => ID)
  sessionId: string;

  @Field()
  @RequiredText(4000, { multiline: true })
  body: string;
}
