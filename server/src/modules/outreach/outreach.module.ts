import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { ConsultationsService } from './consultations.service.js';
import { OutreachRepository } from './outreach.repository.js';
import {
  ConsultationsResolver,
  FollowUpTaskReferencesResolver,
  OutreachActivityReferencesResolver,
  OutreachResolver,
  StaffConsultationReferencesResolver,
} from './outreach.resolver.js';
import { OutreachService } from './outreach.service.js';
import { OutreachWorklistResolver } from './outreach-worklist.resolver.js';

@Module({
  imports: [ContactsModule],
  providers: [
    OutreachRepository,
    OutreachService,
    ConsultationsService,
    OutreachResolver,
    ConsultationsResolver,
    OutreachActivityReferencesResolver,
    StaffConsultationReferencesResolver,
    FollowUpTaskReferencesResolver,
    OutreachWorklistResolver,
  ],
})
export class OutreachModule {}
