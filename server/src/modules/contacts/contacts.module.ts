import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactMutationsResolver, ContactOrganisationFieldsResolver, ContactOrganisationReferencesResolver, ContactStatusChangeReferencesResolver, ContactsResolver } from './contacts.resolver.js';
import { ContactsService } from './contacts.service.js';

@Module({
  imports: [AttachmentsModule],
  providers: [ContactsService, ContactsRepository, ContactsResolver, ContactMutationsResolver, ContactOrganisationFieldsResolver, ContactOrganisationReferencesResolver, ContactStatusChangeReferencesResolver],
  exports: [ContactsService, ContactsRepository],
})
export class ContactsModule {}
