import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { CasesRepository } from './cases.repository.js';
import { AuditEventResolver, CasesResolver, CaseStatusChangeResolver, ReferralCaseReferencesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

@Module({
  imports: [OrganisationsModule, StaffModule],
  providers: [CasesService, CasesRepository, CasesResolver, ReferralCaseReferencesResolver, CaseStatusChangeResolver, AuditEventResolver],
  exports: [CasesService],
})
export class CasesModule {}
