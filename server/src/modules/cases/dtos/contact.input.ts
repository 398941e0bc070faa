import { Field, InputType } from '@nestjs/graphql';
import { OptionalText } from '../../../core/validation/text.js';

@InputType()
export class ContactInput {
  @Field(() => String, { nullable: true })
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(500)
  addressInSweden?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(4000, { multiline: true })
  notes?: string | null;
}
