import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { OutreachRecord } from './follow-up-task.js';
import { ConsultationChannel, OutreachTopic } from './outreach.enums.js';

/**
 * Support to the city's own staff: a question from a department (never naming the person who
 * asked, nor a returnee), the advice given and the time it took. A training is a consultation of
 * the channel TRAINING, with a number of participants.
 */
@ObjectType()
@Entity('staff_consultation')
export class StaffConsultation extends OutreachRecord {
  @FieldColumn('date')
  heldOn: string;

  @DbColumn('uuid', { nullable: true })
  departmentContactId: string | null;

  @FieldColumn('text', { nullable: true, description: 'The department, when it is not in the directory.' })
  department: string | null;

  @FieldColumn('text', { nullable: true })
  district: string | null;

  @FieldColumn('text', { graphql: () => ConsultationChannel })
  channel: ConsultationChannel;

  @FieldColumn('text', { graphql: () => OutreachTopic })
  topic: OutreachTopic;

  @FieldColumn('text', { nullable: true, description: 'The country the question is about (ISO 3166-1 alpha-2).' })
  country: string | null;

  @FieldColumn('text')
  question: string;

  @FieldColumn('text', { nullable: true })
  advice: string | null;

  @FieldColumn('integer', { nullable: true })
  minutesSpent: number | null;

  @FieldColumn('integer', { nullable: true, description: 'A training’s participants.' })
  participants: number | null;
}
