import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { DateField, IntField, OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { ConsultationChannel, OutreachTopic } from '../outreach.enums.js';
import { FollowUpTaskInput } from './follow-up-task.input.js';

/** What describes a consultation: the same fields to record one and to edit it. No personal data. */
@InputType({ isAbstract: true })
export abstract class StaffConsultationFields {
  @DateField(DateKind.SESSION)
  heldOn: string;

  @Field(() => ID, { nullable: true, description: 'The department as a directory entry (kind CITY_DEPARTMENT)…' })
  departmentContactId?: string | null;

  @OptionalTextField(200, { description: '…or named, when it is not in the directory. One of the two is required.' })
  department?: string | null;

  @OptionalTextField(200)
  district?: string | null;

  @Field(() => ConsultationChannel)
  channel: ConsultationChannel;

  @Field(() => OutreachTopic)
  topic: OutreachTopic;

  @OptionalTextField(2, { description: 'The country the question is about (ISO 3166-1 alpha-2).' })
  country?: string | null;

  @TextField(4000, { multiline: true, description: 'Described without personal data.' })
  question: string;

  @OptionalTextField(4000, { multiline: true })
  advice?: string | null;

  @IntField({ nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1440)
  minutesSpent?: number | null;

  @IntField({ nullable: true, description: 'A training’s participants (channel TRAINING only).' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  participants?: number | null;

  @NestedInput(() => FollowUpTaskInput, { nullable: true })
  followUp?: FollowUpTaskInput | null;
}
