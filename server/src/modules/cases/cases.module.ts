import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OutreachModule } from '../outreach/outreach.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { CasesRepository } from './cases.repository.js';
import { AuditEventResolver, CaseMutationsResolver, CaseSourceResolver, CasesResolver, CaseStatusChangeResolver, ReferralCaseReferencesResolver, ReferralCaseSectionsResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

@Module({
  imports: [OrganisationsModule, StaffModule, ContactsModule, OutreachModule],
  providers: [CasesService, CasesRepository, CasesResolver, CaseMutationsResolver, CaseSourceResolver, ReferralCaseReferencesResolver, ReferralCaseSectionsResolver, CaseStatusChangeResolver, AuditEventResolver],
  exports: [CasesService],
})
export class CasesModule {}
