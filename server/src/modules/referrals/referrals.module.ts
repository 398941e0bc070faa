import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ConsentsModule } from '../consents/consents.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { ReferralExpiryTask } from './referral-expiry.task.js';
import { ReferralsRepository } from './referrals.repository.js';
import { CaseReferralsResolver, ReferralMutationsResolver, ReferralReferencesResolver, ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';

@Module({
  imports: [CasesModule, AgreementsModule, ConsentsModule, OrganisationsModule, StaffModule],
  providers: [ReferralsService, ReferralsRepository, ReferralsResolver, ReferralMutationsResolver, ReferralReferencesResolver, CaseReferralsResolver, ReferralExpiryTask],
  exports: [ReferralsService, ReferralExpiryTask],
})
export class ReferralsModule {}
