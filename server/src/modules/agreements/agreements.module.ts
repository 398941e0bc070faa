import { Module } from '@nestjs/common';
import { AgreementPartyResolver, AgreementsResolver } from './agreements.resolver.js';
import { AgreementsService } from './agreements.service.js';

@Module({
  providers: [AgreementsService, AgreementsResolver, AgreementPartyResolver],
  exports: [AgreementsService],
})
export class AgreementsModule {}
