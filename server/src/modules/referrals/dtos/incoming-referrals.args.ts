import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { ReferralStatus } from '../referrals.enums.js';

@ArgsType()
export class IncomingReferralsArgs extends PageArgs {
  @Field(() => [ReferralStatus], { nullable: true, description: 'PENDING and/or ACCEPTED (the others give no access); both when omitted.' })
  @IsOptional()
  @ArrayMaxSize(6)
  status?: ReferralStatus[] | null;
}
