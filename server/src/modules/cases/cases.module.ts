import { Module } from '@nestjs/common';
import { StaffResolver } from '../staff/staff.resolver.js';
import { AuditEventResolver, CasesResolver, CaseStatusChangeResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';

@Module({
  providers: [CasesService, CasesResolver, CaseStatusChangeResolver, AuditEventResolver, StaffResolver],
  exports: [CasesService],
})
export class CasesModule {}
