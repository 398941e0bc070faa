import { Injectable } from '@nestjs/common';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import type { Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { countryList, languageList, optionalCountry } from '../../core/validation/code-lists.js';
import type { ContactOrganisation } from '../contacts/contact-organisation.entity.js';
import type { ContactPerson } from '../contacts/contact-person.entity.js';
import type { OutreachActivityFields } from './dtos/outreach-activity-fields.input.js';
import type { OutreachFilter } from './dtos/outreach-filter.input.js';
import type { RecordOutreachActivityInput } from './dtos/record-outreach-activity.input.js';
import type { UpdateOutreachActivityInput } from './dtos/update-outreach-activity.input.js';
import { followUpValues } from './follow-up-checks.js';
import type { OutreachActivity } from './outreach-activity.entity.js';
import { OutreachRecordService, type OutreachRecordKind } from './outreach-record.service.js';
import { outreachStaff } from './outreach.policy.js';
import type { ActivityLinks, ActivityValues } from './outreach.repository.js';

/**
 * Outreach activities: an organisation's information meetings, visits, calls, fairs, media and
 * mailings, with the directory entries and contact persons involved, its staff who held them, and
 * an optional follow-up. Its own only (outreach.policy.ts; the table policies say the same).
 */
@Injectable()
export class OutreachService extends OutreachRecordService<'outreach_activity'> {
  protected readonly kind: OutreachRecordKind<'outreach_activity'> = { table: 'outreach_activity', action: 'outreach', notFoundKey: 'outreach.notFound', entryFilter: 'contactOrganisationId' };

  list(context: RequestContext, filter: OutreachFilter | null | undefined, first: number, after?: string | null): Promise<Connection<OutreachActivity>> {
    return this.newestFirst(context, filter, first, after, () => ({
      kind: filter?.kind ?? null,
      country: optionalCountry(filter?.country, 'filter.country'),
      contactOrganisationId: filter?.contactOrganisationId ?? null,
    }));
  }

  async contactsOf(context: RequestContext, activity: OutreachActivity): Promise<ContactOrganisation[]> {
    const ids = await this.repository.contactIds(context).load(activity.id);
    const found = await this.contacts.byId(context).loadMany(ids);
    return found.filter((contact): contact is ContactOrganisation => contact !== null && !(contact instanceof Error));
  }

  async peopleOf(context: RequestContext, activity: OutreachActivity): Promise<ContactPerson[]> {
    const ids = await this.repository.personIds(context).load(activity.id);
    const found = (await this.contacts.personById(context).loadMany(ids)).filter((person): person is ContactPerson => person !== null && !(person instanceof Error));
    for (const person of found) auditRead(context, { entityType: 'contact_person', entityId: person.id, subjectOrganisationId: person.organisationId }, 'contact');
    return found;
  }

  heldByIds(context: RequestContext, activity: OutreachActivity): Promise<string[]> {
    return this.repository.staffIds(context).load(activity.id);
  }

  async record(context: RequestContext, input: RecordOutreachActivityInput): Promise<OutreachActivity> {
    const actor = outreachStaff(context);
    const { values, links } = await this.check(context, actor, input);
    const id = await this.repository.insertActivity(context, actor.organisationId, actor.userId, values);
    await this.repository.setActivityLinks(context, id, actor.organisationId, links);
    await auditChange(context, { action: 'outreach.record', entityType: 'outreach_activity', entityId: id, details: { kind: values.kind, contacts: links.contactOrganisationIds } });
    return this.reload(context, id);
  }

  async update(context: RequestContext, input: UpdateOutreachActivityInput): Promise<OutreachActivity> {
    const actor = outreachStaff(context);
    const existing = await this.get(context, input.id);
    const { values, links } = await this.check(context, actor, input);
    if (!(await this.repository.updateActivity(context, existing.id, input.version, values))) {
      throw new AppError(ErrorCode.CONFLICT, 'outreach.staleVersion', { field: 'version', details: { outreachActivityId: existing.id } });
    }
    await this.repository.setActivityLinks(context, existing.id, actor.organisationId, links);
    await auditChange(context, { action: 'outreach.update', entityType: 'outreach_activity', entityId: existing.id, details: { contacts: links.contactOrganisationIds } });
    return this.reload(context, existing.id);
  }

  private async check(context: RequestContext, actor: Actor, input: OutreachActivityFields): Promise<{ values: ActivityValues; links: ActivityLinks }> {
    const contactIds = [...new Set(input.contactOrganisationIds)];
    const contacts = await this.repository.contactsFound(context, contactIds.filter(isUuid));
    if (contactIds.some((id) => !contacts.has(id))) throw AppError.badInput('contactOrganisationIds', 'outreach.unknownContact');
    const personIds = [...new Set(input.contactPersonIds)];
    const persons = await this.repository.personsFound(context, personIds.filter(isUuid));
    // A person who took part is someone of an organisation that took part.
    if (personIds.some((id) => !contactIds.includes(persons.get(id) ?? ''))) throw AppError.badInput('contactPersonIds', 'outreach.unknownPerson');
    const staffIds = input.heldByIds.length > 0 ? [...new Set(input.heldByIds)] : [actor.userId];
    const own = await this.repository.ownStaff(context, actor.organisationId, staffIds.filter(isUuid));
    if (staffIds.some((id) => !own.has(id))) throw AppError.badInput('heldByIds', 'outreach.unknownStaff');
    const women = input.participantsWomen ?? null;
    const men = input.participantsMen ?? null;
    const under18 = input.participantsUnder18 ?? null;
    if (under18 !== null && (women !== null || men !== null) && under18 > (women ?? 0) + (men ?? 0)) {
      throw AppError.badInput('participantsUnder18', 'outreach.moreYoungThanAll');
    }
    return {
      values: {
        kind: input.kind,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes ?? null,
        title: input.title,
        focusCountries: countryList(input.focusCountries, 'focusCountries'),
        languages: languageList(input.languages, 'languages'),
        topics: [...new Set(input.topics)],
        participantsWomen: women,
        participantsMen: men,
        participantsUnder18: under18,
        notes: input.notes ?? null,
        ...(await followUpValues(context, this.repository, actor, input.followUp)),
      },
      links: { contactOrganisationIds: contactIds, contactPersonIds: personIds, staffIds },
    };
  }
}
