import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { UpdatedRow } from '../organisations/organisation-row.js';

/** A follow-up an activity or consultation asks for: what, by when, whose; done or not. */
@ObjectType()
export class FollowUpTask {
  @Field()
  description: string;

  @Field(() => DateScalar)
  dueOn: string;

  ownerUserId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt: Date | null;
}

/**
 * The columns outreach activities and staff consultations share: the owner organisation, the
 * optional follow-up (a task, a due date and an owner together), the version edits name, and who
 * recorded it when.
 */
@ObjectType({ isAbstract: true })
export abstract class OutreachRecord extends UpdatedRow {
  @DbColumn('text', { nullable: true })
  followUp: string | null;

  @DbColumn('date', { nullable: true })
  followUpDueOn: string | null;

  @DbColumn('uuid', { nullable: true })
  followUpOwnerUserId: string | null;

  @DbColumn('timestamptz', { nullable: true })
  followUpDoneAt: Date | null;

  @Field(() => FollowUpTask, { nullable: true })
  get followUpTask(): FollowUpTask | null {
    if (this.followUp === null || this.followUpDueOn === null || this.followUpOwnerUserId === null) return null;
    return Object.assign(new FollowUpTask(), { description: this.followUp, dueOn: this.followUpDueOn, ownerUserId: this.followUpOwnerUserId, doneAt: this.followUpDoneAt });
  }
}
