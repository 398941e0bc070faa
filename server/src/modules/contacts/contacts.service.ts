import { Injectable } from '@nestjs/common';
import { isEmail, isPhoneNumber } from 'class-validator';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { countryList, languageList, optionalCountry } from '../../core/validation/code-lists.js';
import { requireActor, type Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Attachment } from '../attachments/attachment.entity.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import type { ContactOrganisation } from './contact-organisation.entity.js';
import type { ContactPerson } from './contact-person.entity.js';
import type { ContactStatusChange } from './contact-status-change.entity.js';
import { canUseContacts } from './contacts.policy.js';
import { ContactsRepository, type ContactListFilter, type ContactOrganisationValues, type ContactPersonValues } from './contacts.repository.js';
import type { ChangeContactStatusInput } from './dtos/change-contact-status.input.js';
import type { ContactFilter } from './dtos/contact-filter.input.js';
import type { ContactOrganisationFields } from './dtos/contact-organisation-fields.input.js';
import type { ContactPersonFields } from './dtos/contact-person-fields.input.js';
import type { CreateContactOrganisationInput } from './dtos/create-contact-organisation.input.js';
import type { UpdateContactOrganisationInput } from './dtos/update-contact-organisation.input.js';
import type { AddContactPersonInput } from './dtos/add-contact-person.input.js';
import type { UpdateContactPersonInput } from './dtos/update-contact-person.input.js';

const notFound = (id: string) => AppError.notFound('contacts.notFound', { entityType: 'contact_organisation', entityId: id });
const personNotFound = (id: string) => AppError.notFound('contacts.personNotFound', { entityType: 'contact_person', entityId: id });

/** What removing an entry did: deleted it, or archived it because it has history. */
export interface RemovedContact {
  id: string;
  archived: boolean;
}

/**
 * An organisation's own contacts directory (issue 12): external organisations, their cooperation
 * status with its history, and their contact persons. Only the owning organisation's staff who
 * work with personal data read or write it (contacts.policy.ts; the same in the table policies).
 * Contact persons are personal data: every read of one is audited, as a returnee's are.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly repository: ContactsRepository,
    private readonly attachments: AttachmentsService,
  ) {}

  async list(context: RequestContext, filter: ContactFilter | null | undefined, first: number, after?: string | null): Promise<Connection<ContactOrganisation>> {
    this.staff(context);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['text', 'uuid']) : undefined;
    const listFilter = checkFilter(filter);
    const found = await this.repository.page(context, listFilter, first, cursor);
    return toConnection(found, first, () => this.repository.count(context, listFilter), (contact) => [contact.nameKey, contact.id]);
  }

  async get(context: RequestContext, id: string): Promise<ContactOrganisation> {
    this.staff(context);
    return orNotFound(isUuid(id) ? await this.repository.byId(context).load(id) : null, () => notFound(id));
  }

  districts(context: RequestContext): Promise<string[]> {
    this.staff(context);
    return this.repository.districts(context);
  }

  async people(context: RequestContext, contact: ContactOrganisation): Promise<ContactPerson[]> {
    const people = await this.repository.peopleByContact(context).load(contact.id);
    for (const person of people) {
      auditRead(context, { entityType: 'contact_person', entityId: person.id, subjectOrganisationId: person.organisationId }, 'contact');
    }
    return people;
  }

  history(context: RequestContext, contact: ContactOrganisation): Promise<ContactStatusChange[]> {
    return this.repository.historyByContact(context).load(contact.id);
  }

  async letterOfIntent(context: RequestContext, contact: ContactOrganisation): Promise<Attachment | null> {
    return contact.letterOfIntentAttachmentId ? this.attachments.find(context, contact.letterOfIntentAttachmentId) : null;
  }

  async create(context: RequestContext, input: CreateContactOrganisationInput): Promise<ContactOrganisation> {
    const actor = this.staff(context);
    const values = await this.checkOrganisation(context, actor, input, null);
    const id = await this.repository.insert(context, actor.organisationId, actor.userId, values, input.status);
    await this.repository.setStatus(context, id, null, input.status, null, actor.organisationId, actor.userId);
    await auditChange(context, { action: 'contact.create', entityType: 'contact_organisation', entityId: id, details: { kind: values.kind, status: input.status } });
    return this.reload(context, id);
  }

  async update(context: RequestContext, input: UpdateContactOrganisationInput): Promise<ContactOrganisation> {
    const actor = this.staff(context);
    const existing = await this.get(context, input.id);
    const values = await this.checkOrganisation(context, actor, input, existing.id);
    if (!(await this.repository.update(context, existing.id, input.version, values))) {
      throw new AppError(ErrorCode.CONFLICT, 'contacts.staleVersion', { field: 'version', details: { contactOrganisationId: existing.id } });
    }
    await auditChange(context, { action: 'contact.update', entityType: 'contact_organisation', entityId: existing.id, details: { fields: changedFields(existing, values) } });
    return this.reload(context, existing.id);
  }

  async changeStatus(context: RequestContext, input: ChangeContactStatusInput): Promise<ContactOrganisation> {
    const actor = this.staff(context);
    const existing = await this.get(context, input.id);
    if (existing.archivedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'contacts.archived');
    if (existing.status === input.status) throw new AppError(ErrorCode.INVALID_TRANSITION, 'contacts.sameStatus', { field: 'status' });
    await this.repository.setStatus(context, existing.id, existing.status, input.status, input.note ?? null, actor.organisationId, actor.userId);
    await auditChange(context, { action: 'contact.status', entityType: 'contact_organisation', entityId: existing.id, details: { from: existing.status, to: input.status } });
    return this.reload(context, existing.id);
  }

  async setArchived(context: RequestContext, id: string, archived: boolean): Promise<ContactOrganisation> {
    const actor = this.staff(context);
    const existing = await this.get(context, id);
    if (existing.archived === archived) throw new AppError(ErrorCode.INVALID_TRANSITION, archived ? 'contacts.archived' : 'contacts.notArchived');
    await this.repository.setArchived(context, existing.id, archived ? actor.userId : null);
    await auditChange(context, { action: archived ? 'contact.archive' : 'contact.restore', entityType: 'contact_organisation', entityId: existing.id });
    return this.reload(context, existing.id);
  }

  /** Deletes an entry with its people, or archives it when it has history worth keeping. */
  async remove(context: RequestContext, id: string): Promise<RemovedContact> {
    const actor = this.staff(context);
    const existing = await this.get(context, id);
    if (await this.repository.hasHistory(context, existing.id)) {
      if (!existing.archivedAt) await this.repository.setArchived(context, existing.id, actor.userId);
      await auditChange(context, { action: 'contact.archive', entityType: 'contact_organisation', entityId: existing.id, details: { removalRequested: true } });
      return { id: existing.id, archived: true };
    }
    await this.repository.delete(context, existing.id);
    await auditChange(context, { action: 'contact.delete', entityType: 'contact_organisation', entityId: existing.id });
    return { id: existing.id, archived: false };
  }

  async addPerson(context: RequestContext, input: AddContactPersonInput): Promise<ContactPerson> {
    const actor = this.staff(context);
    const contact = await this.get(context, input.contactOrganisationId);
    if (contact.archivedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'contacts.archived');
    const values = await this.checkPerson(context, actor, input);
    const id = await this.repository.insertPerson(context, contact, actor.userId, values);
    await auditChange(context, { action: 'contact_person.add', entityType: 'contact_person', entityId: id, details: { contactOrganisationId: contact.id } });
    this.repository.forget(context, contact.id);
    return this.getPerson(context, id);
  }

  async updatePerson(context: RequestContext, input: UpdateContactPersonInput): Promise<ContactPerson> {
    const actor = this.staff(context);
    const existing = await this.getPerson(context, input.id);
    const values = await this.checkPerson(context, actor, input);
    if (!(await this.repository.updatePerson(context, existing.id, input.version, values))) {
      throw new AppError(ErrorCode.CONFLICT, 'contacts.staleVersion', { field: 'version', details: { contactPersonId: existing.id } });
    }
    await auditChange(context, { action: 'contact_person.update', entityType: 'contact_person', entityId: existing.id, details: { contactOrganisationId: existing.contactOrganisationId } });
    this.repository.personById(context).clear(existing.id);
    this.repository.forget(context, existing.contactOrganisationId);
    return this.getPerson(context, existing.id);
  }

  /** Removes a person for good (their data goes; the audit trail keeps that it was removed, and by whom). */
  async removePerson(context: RequestContext, id: string): Promise<ContactOrganisation> {
    this.staff(context);
    const existing = await this.getPerson(context, id);
    await this.repository.deletePerson(context, existing.id);
    await auditChange(context, { action: 'contact_person.remove', entityType: 'contact_person', entityId: existing.id, details: { contactOrganisationId: existing.contactOrganisationId } });
    return this.reload(context, existing.contactOrganisationId);
  }

  private async getPerson(context: RequestContext, id: string): Promise<ContactPerson> {
    const found = isUuid(id) ? await this.repository.personById(context).load(id) : null;
    if (!found) throw personNotFound(id);
    auditRead(context, { entityType: 'contact_person', entityId: found.id, subjectOrganisationId: found.organisationId }, 'contact');
    return found;
  }

  private async reload(context: RequestContext, id: string): Promise<ContactOrganisation> {
    this.repository.forget(context, id);
    return this.get(context, id);
  }

  /** The actor, if the directory is theirs to use: analysts are refused (FORBIDDEN). */
  private staff(context: RequestContext): Actor {
    const actor = requireActor(context);
    if (!canUseContacts(actor)) throw AppError.forbidden('contacts.staffOnly');
    return actor;
  }

  private async checkOrganisation(context: RequestContext, actor: Actor, input: ContactOrganisationFields, except: string | null): Promise<ContactOrganisationValues> {
    const focusCountries = countryList(input.focusCountries, 'focusCountries');
    const languages = languageList(input.languages, 'languages');
    const website = input.website ? checkWebsite(input.website) : null;
    if (input.letterOfIntentAttachmentId && !(await this.attachments.find(context, input.letterOfIntentAttachmentId))) {
      throw AppError.badInput('letterOfIntentAttachmentId', 'contacts.unknownAttachment');
    }
    const same = await this.repository.sameName(context, actor.organisationId, input.name, input.kind, except);
    if (same) {
      throw new AppError(ErrorCode.CONFLICT, 'contacts.duplicate', { field: 'name', params: { name: same.name }, details: { existingId: same.id } });
    }
    return {
      name: input.name,
      kind: input.kind,
      focusCountries,
      languages,
      district: input.district ?? null,
      address: input.address ?? null,
      website,
      letterOfIntentAttachmentId: input.letterOfIntentAttachmentId ?? null,
    };
  }

  private async checkPerson(context: RequestContext, actor: Actor, input: ContactPersonFields): Promise<ContactPersonValues> {
    const email = input.email ?? null;
    if (email !== null && !isEmail(email)) throw AppError.badInput('email', 'validation.email');
    const phone = input.phone ?? null;
    if (phone !== null) {
      // A number as dialled in the directory's own country (08-…) or international (+964…, 00964…).
      const home = (await context.loader(organisationsById).load(actor.organisationId))?.country as Parameters<typeof isPhoneNumber>[1];
      const international = phone.replace(/^00/, '+');
      if (!isPhoneNumber(international, international.startsWith('+') ? undefined : home)) throw AppError.badInput('phone', 'validation.phone');
    }
    const preferredLanguage = input.preferredLanguage ? languageList([input.preferredLanguage], 'preferredLanguage')[0]! : null;
    return { name: input.name, roleTitle: input.roleTitle ?? null, phone, email, preferredLanguage };
  }
}

function checkFilter(filter: ContactFilter | null | undefined): ContactListFilter {
  return {
    kind: filter?.kind ?? null,
    country: optionalCountry(filter?.country, 'filter.country'),
    status: filter?.status ?? null,
    district: filter?.district ?? null,
    text: filter?.text ?? null,
    includeArchived: filter?.includeArchived ?? false,
  };
}

/** An http(s) address; written without a scheme ("example.org") it gets https://. */
function checkWebsite(value: string): string {
  const written = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw AppError.badInput('website', 'validation.website');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.') || url.username || url.password) {
    throw AppError.badInput('website', 'validation.website');
  }
  return written;
}

function changedFields(existing: ContactOrganisation, values: ContactOrganisationValues): string[] {
  return (Object.keys(values) as Array<keyof ContactOrganisationValues>).filter((key) => JSON.stringify(existing[key]) !== JSON.stringify(values[key]));
}
