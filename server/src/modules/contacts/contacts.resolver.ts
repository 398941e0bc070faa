import { Args, Context, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { ContactOrganisation } from './contact-organisation.entity.js';
import { ContactPerson } from './contact-person.entity.js';
import { ContactStatusChange } from './contact-status-change.entity.js';
import { CONTACT_STAFF } from './contacts.policy.js';
import { ContactsService, type RemovedContact } from './contacts.service.js';
import { AddContactPersonInput } from './dtos/add-contact-person.input.js';
import { ChangeContactStatusInput } from './dtos/change-contact-status.input.js';
import { ContactsArgs } from './dtos/contacts.args.js';
import { CreateContactOrganisationInput } from './dtos/create-contact-organisation.input.js';
import { UpdateContactOrganisationInput } from './dtos/update-contact-organisation.input.js';
import { UpdateContactPersonInput } from './dtos/update-contact-person.input.js';

export const ContactOrganisationConnection = ConnectionType(ContactOrganisation, 'ContactOrganisation');

@ObjectType({ description: 'What removeContactOrganisation did.' })
export class RemovedContactOrganisation implements RemovedContact {
  @Field(() => ID)
  id: string;

  @Field({ description: 'True: it has history, so it was archived instead of deleted.' })
  archived: boolean;
}

@Resolver(() => ContactOrganisation)
export class ContactsResolver {
  constructor(private readonly service: ContactsService) {}

  @Query(() => ContactOrganisationConnection, { description: 'The organisation’s own contacts directory, by name.' })
  contactOrganisations(@Context() context: RequestContext, @Args() args: ContactsArgs): Promise<Connection<ContactOrganisation>> {
    return this.service.list(context, args.filter, args.first, args.after);
  }

  @Query(() => ContactOrganisation)
  contactOrganisation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ContactOrganisation> {
    return this.service.get(context, id);
  }

  @Query(() => [String], { description: 'The districts the directory names, for its filter.' })
  contactDistricts(@Context() context: RequestContext): Promise<string[]> {
    return this.service.districts(context);
  }
}

/** The directory's changes, for contact staff, each handed to the service. */
export const ContactMutationsResolver = ServiceMutationsResolver(ContactsService, CONTACT_STAFF, (m) => ({
  createContactOrganisation: m.input(CreateContactOrganisationInput, () => ContactOrganisation, (service, context, input) => service.create(context, input), {
    description: 'Refused (CONFLICT, extensions.existingId) when the directory has one of the same name and kind.',
  }),
  updateContactOrganisation: m.input(UpdateContactOrganisationInput, () => ContactOrganisation, (service, context, input) => service.update(context, input)),
  changeContactStatus: m.input(ChangeContactStatusInput, () => ContactOrganisation, (service, context, input) => service.changeStatus(context, input), {
    description: 'Moves the cooperation status; the history keeps every step.',
  }),
  archiveContactOrganisation: m.id(() => ContactOrganisation, (service, context, id) => service.setArchived(context, id, true)),
  restoreContactOrganisation: m.id(() => ContactOrganisation, (service, context, id) => service.setArchived(context, id, false)),
  removeContactOrganisation: m.id(() => RemovedContactOrganisation, (service, context, id) => service.remove(context, id), {
    description: 'Deletes an entry and its people; one with history is archived instead.',
  }),
  addContactPerson: m.input(AddContactPersonInput, () => ContactPerson, (service, context, input) => service.addPerson(context, input)),
  updateContactPerson: m.input(UpdateContactPersonInput, () => ContactPerson, (service, context, input) => service.updatePerson(context, input)),
  removeContactPerson: m.id(() => ContactOrganisation, (service, context, id) => service.removePerson(context, id), {
    description: 'Removes the person for good; answers their organisation.',
  }),
}));

/** A directory entry's people, history and letter of intent, as the service reads them. */
export const ContactOrganisationFieldsResolver = ServiceFieldsResolver(ContactOrganisation, ContactsService, {
  people: { type: () => [ContactPerson], description: 'By name. Each read is in the audit trail.', resolve: (service, context, contact) => service.people(context, contact) },
  statusHistory: {
    type: () => [ContactStatusChange],
    description: 'Newest first; the first entry is where it started.',
    resolve: (service, context, contact) => service.history(context, contact),
  },
  letterOfIntent: { type: () => Attachment, nullable: true, resolve: (service, context, contact) => service.letterOfIntent(context, contact) },
});

export const ContactOrganisationReferencesResolver = ReferenceFieldsResolver(ContactOrganisation, {
  createdBy: staffMember((c) => c.createdByUserId),
  archivedBy: staffMember((c) => c.archivedByUserId, { nullable: true }),
});

export const ContactStatusChangeReferencesResolver = ReferenceFieldsResolver(ContactStatusChange, {
  changedBy: staffMember((c) => c.changedByUserId),
});
