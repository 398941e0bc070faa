import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import type { Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { optionalCountry } from '../../core/validation/code-lists.js';
import type { ContactOrganisation } from '../contacts/contact-organisation.entity.js';
import { ContactKind } from '../contacts/contacts.enums.js';
import type { ConsultationFilter } from './dtos/consultation-filter.input.js';
import type { RecordStaffConsultationInput } from './dtos/record-staff-consultation.input.js';
import type { StaffConsultationFields } from './dtos/staff-consultation-fields.input.js';
import type { UpdateStaffConsultationInput } from './dtos/update-staff-consultation.input.js';
import { followUpValues } from './follow-up-checks.js';
import { ConsultationChannel } from './outreach.enums.js';
import { OutreachRecordService, type OutreachRecordKind } from './outreach-record.service.js';
import { outreachStaff } from './outreach.policy.js';
import type { ConsultationValues } from './outreach.repository.js';
import type { StaffConsultation } from './staff-consultation.entity.js';

/**
 * Support to the city's own staff: questions from its departments, the advice given, the time it
 * took, and trainings (channel TRAINING, with participants). No personal data: the department
 * and district say who asked.
 */
@Injectable()
export class ConsultationsService extends OutreachRecordService<'staff_consultation'> {
  protected readonly kind: OutreachRecordKind<'staff_consultation'> = { table: 'staff_consultation', action: 'consultation', notFoundKey: 'outreach.consultationNotFound', entryFilter: 'departmentContactId' };

  list(context: RequestContext, filter: ConsultationFilter | null | undefined, first: number, after?: string | null): Promise<Connection<StaffConsultation>> {
    return this.newestFirst(context, filter, first, after, () => ({
      channel: filter?.channel ?? null,
      topic: filter?.topic ?? null,
      departmentContactId: filter?.departmentContactId ?? null,
    }));
  }

  async departmentOf(context: RequestContext, consultation: StaffConsultation): Promise<ContactOrganisation | null> {
    return consultation.departmentContactId ? this.contacts.byId(context).load(consultation.departmentContactId) : null;
  }

  async record(context: RequestContext, input: RecordStaffConsultationInput): Promise<StaffConsultation> {
    const actor = outreachStaff(context);
    const values = await this.check(context, actor, input);
    const id = await this.repository.insertConsultation(context, actor.organisationId, actor.userId, values);
    await auditChange(context, { action: 'consultation.record', entityType: 'staff_consultation', entityId: id, details: { channel: values.channel, topic: values.topic } });
    return this.reload(context, id);
  }

  async update(context: RequestContext, input: UpdateStaffConsultationInput): Promise<StaffConsultation> {
    const actor = outreachStaff(context);
    const existing = await this.get(context, input.id);
    const values = await this.check(context, actor, input);
    if (!(await this.repository.updateConsultation(context, existing.id, input.version, values))) {
      throw new AppError(ErrorCode.CONFLICT, 'outreach.staleVersion', { field: 'version', details: { staffConsultationId: existing.id } });
    }
    await auditChange(context, { action: 'consultation.update', entityType: 'staff_consultation', entityId: existing.id });
    return this.reload(context, existing.id);
  }

  private async check(context: RequestContext, actor: Actor, input: StaffConsultationFields): Promise<ConsultationValues> {
    const departmentContactId = input.departmentContactId ?? null;
    if (departmentContactId !== null) {
      const found = isUuid(departmentContactId) ? await this.repository.contactsFound(context, [departmentContactId]) : new Map();
      if (found.get(departmentContactId)?.kind !== ContactKind.CITY_DEPARTMENT) throw AppError.badInput('departmentContactId', 'outreach.notADepartment');
    }
    const department = input.department ?? null;
    if (departmentContactId === null && department === null) throw AppError.badInput('department', 'validation.required');
    const participants = input.participants ?? null;
    if (participants !== null && input.channel !== ConsultationChannel.TRAINING) throw AppError.badInput('participants', 'outreach.participantsOnlyForTraining');
    return {
      heldOn: input.heldOn,
      departmentContactId,
      department,
      district: input.district ?? null,
      channel: input.channel,
      topic: input.topic,
      country: optionalCountry(input.country, 'country'),
      question: input.question,
      advice: input.advice ?? null,
      minutesSpent: input.minutesSpent ?? null,
      participants,
      ...(await followUpValues(context, this.repository, actor, input.followUp)),
    };
  }
}
