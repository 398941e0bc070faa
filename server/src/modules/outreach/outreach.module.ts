import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { ConsultationsService } from './consultations.service.js';
import { OutreachRepository } from './outreach.repository.js';
import {
  ConsultationsResolver,
  FollowUpTaskReferencesResolver,
  OutreachActivityFieldsResolver,
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
    OutreachActivityFieldsResolver,
    OutreachActivityReferencesResolver,
    StaffConsultationReferencesResolver,
    FollowUpTaskReferencesResolver,
    OutreachWorklistResolver,
  ],
  // The cases module resolves a case's source (an activity, a consultation) through its loaders.
  exports: [OutreachRepository],
})
export class OutreachModule {}
