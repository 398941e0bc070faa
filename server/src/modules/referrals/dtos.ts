import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination.js';
import { ConsentSection } from '../consents/consent-section.enum.js';
import { ReferralStatus } from './referral.entity.js';

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

@ArgsType()
export class IncomingReferralsArgs extends PageArgs {
  @Field(() => [ReferralStatus], { nullable: true, description: 'PENDING and/or ACCEPTED (the others give no access); both when omitted.' })
  @IsOptional()
  @ArrayMaxSize(6)
  status?: ReferralStatus[] | null;
}
