import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { ConsentsRepository } from './consents.repository.js';
import { CaseConsentsResolver, ConsentMutationsResolver, ConsentReferencesResolver, ConsentsResolver } from './consents.resolver.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [CasesModule, OrganisationsModule, StaffModule, AttachmentsModule],
  providers: [ConsentsService, ConsentsRepository, ConsentsResolver, ConsentMutationsResolver, ConsentReferencesResolver, CaseConsentsResolver],
  exports: [ConsentsService],
})
export class ConsentsModule {}
