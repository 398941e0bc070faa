import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementPartyResolver, AgreementReferencesResolver, AgreementsResolver } from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';

@Module({
  imports: [OrganisationsModule],
  providers: [AgreementsService, AgreementsRepository, AgreementsResolver, AgreementReferencesResolver, AgreementPartyResolver],
  exports: [AgreementsService],
})
export class AgreementsModule {}
