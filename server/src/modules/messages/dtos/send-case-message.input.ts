import { Field, ID, InputType } from '@nestjs/graphql';
import { RequiredText } from '../../../core/validation/text.js';

@InputType()
export class SendCaseMessageInput {
  @Field(() => ID)
  referralId: string;

  @Field()
  @RequiredText(4000, { multiline: true })
  body: string;
}
