import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ContactOrganisation } from '../contacts/contact-organisation.entity.js';
import { ContactPerson } from '../contacts/contact-person.entity.js';
import { ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { staffById } from '../staff/staff.repository.js';
import { ConsultationsArgs } from './dtos/consultations.args.js';
import { OutreachArgs } from './dtos/outreach.args.js';
import { RecordOutreachActivityInput } from './dtos/record-outreach-activity.input.js';
import { RecordStaffConsultationInput } from './dtos/record-staff-consultation.input.js';
import { UpdateOutreachActivityInput } from './dtos/update-outreach-activity.input.js';
import { UpdateStaffConsultationInput } from './dtos/update-staff-consultation.input.js';
import { ConsultationsService } from './consultations.service.js';
import { FollowUpTask } from './follow-up-task.js';
import { OutreachActivity } from './outreach-activity.entity.js';
import { OUTREACH_STAFF } from './outreach.policy.js';
import { OutreachService } from './outreach.service.js';
import { StaffConsultation } from './staff-consultation.entity.js';

export const OutreachActivityConnection = ConnectionType(OutreachActivity, 'OutreachActivity');
export const StaffConsultationConnection = ConnectionType(StaffConsultation, 'StaffConsultation');

@Resolver(() => OutreachActivity)
export class OutreachResolver {
  constructor(private readonly service: OutreachService) {}

  @Query(() => OutreachActivityConnection, { description: 'The organisation’s outreach, newest first.' })
  outreachActivities(@Context() context: RequestContext, @Args() args: OutreachArgs): Promise<Connection<OutreachActivity>> {
    return this.service.list(context, args.filter, args.first, args.after);
  }

  @Query(() => OutreachActivity)
  outreachActivity(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OutreachActivity> {
    return this.service.get(context, id);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => OutreachActivity)
  recordOutreachActivity(@Context() context: RequestContext, @Args('input') input: RecordOutreachActivityInput): Promise<OutreachActivity> {
    return this.service.record(context, input);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => OutreachActivity)
  updateOutreachActivity(@Context() context: RequestContext, @Args('input') input: UpdateOutreachActivityInput): Promise<OutreachActivity> {
    return this.service.update(context, input);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => ID, { description: 'Deletes the activity; answers its id.' })
  deleteOutreachActivity(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(context, id);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => OutreachActivity)
  completeOutreachFollowUp(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OutreachActivity> {
    return this.service.completeFollowUp(context, id);
  }

  @ResolveField(() => [ContactOrganisation], { description: 'Directory entries involved.' })
  contacts(@Context() context: RequestContext, @Parent() activity: OutreachActivity): Promise<ContactOrganisation[]> {
    return this.service.contactsOf(context, activity);
  }

  @ResolveField(() => [ContactPerson], { description: 'Their contact persons who took part (each read is audited).' })
  people(@Context() context: RequestContext, @Parent() activity: OutreachActivity): Promise<ContactPerson[]> {
    return this.service.peopleOf(context, activity);
  }

  @ResolveField(() => [StaffMember], { description: 'The organisation’s own staff who held it.' })
  async heldBy(@Context() context: RequestContext, @Parent() activity: OutreachActivity): Promise<StaffMember[]> {
    const ids = await this.service.heldByIds(context, activity);
    const found = await context.loader(staffById).loadMany(ids);
    return found.filter((member): member is StaffMember => member !== null && !(member instanceof Error));
  }
}

@Resolver(() => StaffConsultation)
export class ConsultationsResolver {
  constructor(private readonly service: ConsultationsService) {}

  @Query(() => StaffConsultationConnection, { description: 'Support given to the city’s staff, newest first.' })
  staffConsultations(@Context() context: RequestContext, @Args() args: ConsultationsArgs): Promise<Connection<StaffConsultation>> {
    return this.service.list(context, args.filter, args.first, args.after);
  }

  @Query(() => StaffConsultation)
  staffConsultation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<StaffConsultation> {
    return this.service.get(context, id);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => StaffConsultation)
  recordStaffConsultation(@Context() context: RequestContext, @Args('input') input: RecordStaffConsultationInput): Promise<StaffConsultation> {
    return this.service.record(context, input);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => StaffConsultation)
  updateStaffConsultation(@Context() context: RequestContext, @Args('input') input: UpdateStaffConsultationInput): Promise<StaffConsultation> {
    return this.service.update(context, input);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => ID, { description: 'Deletes the consultation; answers its id.' })
  deleteStaffConsultation(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.remove(context, id);
  }

  @Roles(...OUTREACH_STAFF)
  @Mutation(() => StaffConsultation)
  completeConsultationFollowUp(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<StaffConsultation> {
    return this.service.completeFollowUp(context, id);
  }

  @ResolveField(() => ContactOrganisation, { nullable: true, description: 'The department, when it is in the directory.' })
  departmentContact(@Context() context: RequestContext, @Parent() consultation: StaffConsultation): Promise<ContactOrganisation | null> {
    return this.service.departmentOf(context, consultation);
  }
}

export const OutreachActivityReferencesResolver = ReferenceFieldsResolver(OutreachActivity, { createdBy: staffMember((a) => a.createdByUserId) });
export const StaffConsultationReferencesResolver = ReferenceFieldsResolver(StaffConsultation, { createdBy: staffMember((c) => c.createdByUserId) });
export const FollowUpTaskReferencesResolver = ReferenceFieldsResolver(FollowUpTask, { owner: staffMember((t) => t.ownerUserId) });
