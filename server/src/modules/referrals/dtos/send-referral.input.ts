import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { OptionalTextField } from '../../../core/validation/input-fields.js';
import { ConsentSection } from '../../consents/consents.enums.js';

@InputType()
export class SendReferralInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  partnerId: string;

  // A referral that shares nothing gives the partner nothing to act on (and still notifies it).
  @Field(() => [ConsentSection], { description: 'Never more than the consent for this partner covers.' })
  @ArrayMaxSize(5)
  @ArrayMinSize(1)
  sections: ConsentSection[];

  @OptionalTextField(2000, { multiline: true, description: 'A note to the receiving partner, shown with the referral; empty is none.' })
  coverNote?: string | null;
}
