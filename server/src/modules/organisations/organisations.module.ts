import { Module } from '@nestjs/common';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [OrganisationsService, OrganisationsRepository, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
