import { ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ContactOrganisation } from '../contacts/contact-organisation.entity.js';
import { ContactPerson } from '../contacts/contact-person.entity.js';
import { ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { staffById } from '../staff/staff.repository.js';
import { ConsultationsArgs } from './dtos/consultations.args.js';
import type { ConsultationFilter } from './dtos/consultation-filter.input.js';
import type { OutreachFilter } from './dtos/outreach-filter.input.js';
import { OutreachArgs } from './dtos/outreach.args.js';
import { RecordOutreachActivityInput } from './dtos/record-outreach-activity.input.js';
import { RecordStaffConsultationInput } from './dtos/record-staff-consultation.input.js';
import { UpdateOutreachActivityInput } from './dtos/update-outreach-activity.input.js';
import { UpdateStaffConsultationInput } from './dtos/update-staff-consultation.input.js';
import { ConsultationsService } from './consultations.service.js';
import { FollowUpTask } from './follow-up-task.js';
import { OutreachActivity } from './outreach-activity.entity.js';
import { OutreachRecordResolver } from './outreach-record.resolver.js';
import { OutreachService } from './outreach.service.js';
import { StaffConsultation } from './staff-consultation.entity.js';

export const OutreachActivityConnection = ConnectionType(OutreachActivity, 'OutreachActivity');
export const StaffConsultationConnection = ConnectionType(StaffConsultation, 'StaffConsultation');

@Resolver(() => OutreachActivity)
export class OutreachResolver extends OutreachRecordResolver<OutreachActivity, OutreachFilter, RecordOutreachActivityInput, UpdateOutreachActivityInput>({
  entity: OutreachActivity,
  connection: OutreachActivityConnection,
  args: OutreachArgs,
  recordInput: RecordOutreachActivityInput,
  updateInput: UpdateOutreachActivityInput,
  names: {
    list: 'outreachActivities',
    one: 'outreachActivity',
    record: 'recordOutreachActivity',
    update: 'updateOutreachActivity',
    delete: 'deleteOutreachActivity',
    completeFollowUp: 'completeOutreachFollowUp',
  },
  listDescription: 'The organisation’s outreach, newest first.',
  deleteDescription: 'Deletes the activity; answers its id.',
}) {
  constructor(protected override readonly service: OutreachService) {
    super(service);
  }

  @ResolveField(() => [StaffMember], { description: 'The organisation’s own staff who held it.' })
  async heldBy(activity: OutreachActivity, _args: NoArgs, context: RequestContext): Promise<StaffMember[]> {
    const ids = await this.service.heldByIds(context, activity);
    const found = await context.loader(staffById).loadMany(ids);
    return found.filter((member): member is StaffMember => member !== null && !(member instanceof Error));
  }
}

@Resolver(() => StaffConsultation)
export class ConsultationsResolver extends OutreachRecordResolver<StaffConsultation, ConsultationFilter, RecordStaffConsultationInput, UpdateStaffConsultationInput>({
  entity: StaffConsultation,
  connection: StaffConsultationConnection,
  args: ConsultationsArgs,
  recordInput: RecordStaffConsultationInput,
  updateInput: UpdateStaffConsultationInput,
  names: {
    list: 'staffConsultations',
    one: 'staffConsultation',
    record: 'recordStaffConsultation',
    update: 'updateStaffConsultation',
    delete: 'deleteStaffConsultation',
    completeFollowUp: 'completeConsultationFollowUp',
  },
  listDescription: 'Support given to the city’s staff, newest first.',
  deleteDescription: 'Deletes the consultation; answers its id.',
}) {
  constructor(protected override readonly service: ConsultationsService) {
    super(service);
  }

  @ResolveField(() => ContactOrganisation, { nullable: true, description: 'The department, when it is in the directory.' })
  departmentContact(consultation: StaffConsultation, _args: NoArgs, context: RequestContext): Promise<ContactOrganisation | null> {
    return this.service.departmentOf(context, consultation);
  }
}

/** Who took part in an activity, as the service reads it. */
export const OutreachActivityFieldsResolver = ServiceFieldsResolver(OutreachActivity, OutreachService, {
  contacts: { type: () => [ContactOrganisation], description: 'Directory entries involved.', resolve: (service, context, activity) => service.contactsOf(context, activity) },
  people: {
    type: () => [ContactPerson],
    description: 'Their contact persons who took part (each read is audited).',
    resolve: (service, context, activity) => service.peopleOf(context, activity),
  },
});

export const OutreachActivityReferencesResolver = ReferenceFieldsResolver(OutreachActivity, { createdBy: staffMember((a) => a.createdByUserId) });
export const StaffConsultationReferencesResolver = ReferenceFieldsResolver(StaffConsultation, { createdBy: staffMember((c) => c.createdByUserId) });
export const FollowUpTaskReferencesResolver = ReferenceFieldsResolver(FollowUpTask, { owner: staffMember((t) => t.ownerUserId) });
