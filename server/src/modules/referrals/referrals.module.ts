import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ReferralExpiryTask } from './referral-expiry.task.js';
import { CaseReferralsResolver, ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';

@Module({
  imports: [CasesModule, AgreementsModule],
  providers: [ReferralsService, ReferralsResolver, CaseReferralsResolver, ReferralExpiryTask],
  exports: [ReferralsService, ReferralExpiryTask],
})
export class ReferralsModule {}
