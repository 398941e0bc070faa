import { Field, ObjectType } from '@nestjs/graphql';
import { FollowUpTask } from './follow-up-task.js';
import { OutreachActivity } from './outreach-activity.entity.js';
import { StaffConsultation } from './staff-consultation.entity.js';

/** An open follow-up the viewer owns, of an outreach activity or of a consultation, falling due. */
@ObjectType()
export class OutreachFollowUpItem {
  @Field(() => OutreachActivity, { nullable: true })
  activity: OutreachActivity | null;

  @Field(() => StaffConsultation, { nullable: true })
  consultation: StaffConsultation | null;

  @Field(() => FollowUpTask)
  task: FollowUpTask;

  @Field({ description: "Due before today (the organisation's own calendar day)." })
  overdue: boolean;
}
