import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
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
}
