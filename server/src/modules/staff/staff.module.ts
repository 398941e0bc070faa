import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { StaffRepository } from './staff.repository.js';
import { StaffReferenceFieldsResolver, StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

@Module({
  imports: [OrganisationsModule],
  providers: [StaffService, StaffRepository, StaffResolver, StaffReferenceFieldsResolver],
  exports: [StaffService],
})
export class StaffModule {}
