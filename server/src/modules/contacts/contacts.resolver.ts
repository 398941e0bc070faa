import { Args, Context, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver } from '../../core/resolvers/service-fields.resolver.js';
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

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation, { description: 'Refused (CONFLICT, extensions.existingId) when the directory has one of the same name and kind.' })
  createContactOrganisation(@Context() context: RequestContext, @Args('input') input: CreateContactOrganisationInput): Promise<ContactOrganisation> {
    return this.service.create(context, input);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation)
  updateContactOrganisation(@Context() context: RequestContext, @Args('input') input: UpdateContactOrganisationInput): Promise<ContactOrganisation> {
    return this.service.update(context, input);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation, { description: 'Moves the cooperation status; the history keeps every step.' })
  changeContactStatus(@Context() context: RequestContext, @Args('input') input: ChangeContactStatusInput): Promise<ContactOrganisation> {
    return this.service.changeStatus(context, input);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation)
  archiveContactOrganisation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ContactOrganisation> {
    return this.service.setArchived(context, id, true);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation)
  restoreContactOrganisation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ContactOrganisation> {
    return this.service.setArchived(context, id, false);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => RemovedContactOrganisation, { description: 'Deletes an entry and its people; one with history is archived instead.' })
  removeContactOrganisation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<RemovedContact> {
    return this.service.remove(context, id);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactPerson)
  addContactPerson(@Context() context: RequestContext, @Args('input') input: AddContactPersonInput): Promise<ContactPerson> {
    return this.service.addPerson(context, input);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactPerson)
  updateContactPerson(@Context() context: RequestContext, @Args('input') input: UpdateContactPersonInput): Promise<ContactPerson> {
    return this.service.updatePerson(context, input);
  }

  @Roles(...CONTACT_STAFF)
  @Mutation(() => ContactOrganisation, { description: 'Removes the person for good; answers their organisation.' })
  removeContactPerson(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ContactOrganisation> {
    return this.service.removePerson(context, id);
  }
}

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
