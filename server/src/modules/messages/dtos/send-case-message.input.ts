import { Field, ID, InputType } from '@nestjs/graphql';
import { WrittenBodyInput } from '../../../core/validation/input-fields.js';

@InputType()
export class SendCaseMessageInput extends WrittenBodyInput {
  @Field(() => ID)
  referralId: string;
}
