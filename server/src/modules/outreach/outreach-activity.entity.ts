import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { OutreachRecord } from './follow-up-task.js';
import { OutreachKind, OutreachTopic } from './outreach.enums.js';

/** An information meeting, visit, call, fair, media appearance or mailing of one organisation. */
@ObjectType()
@Entity('outreach_activity')
export class OutreachActivity extends OutreachRecord {
  @FieldColumn('text', { graphql: () => OutreachKind })
  kind: OutreachKind;

  @FieldColumn('date')
  heldOn: string;

  @FieldColumn('integer', { nullable: true })
  durationMinutes: number | null;

  @FieldColumn('text')
  title: string;

  @FieldColumn('text', { array: true, graphql: () => String, description: 'ISO 3166-1 alpha-2 codes.' })
  focusCountries: string[];

  @FieldColumn('text', { array: true, graphql: () => String, description: 'ISO 639 codes of the languages used.' })
  languages: string[];

  @FieldColumn('text', { array: true, graphql: () => OutreachTopic })
  topics: OutreachTopic[];

  @FieldColumn('integer', { nullable: true })
  participantsWomen: number | null;

  @FieldColumn('integer', { nullable: true })
  participantsMen: number | null;

  @FieldColumn('integer', { name: 'participants_under_18', nullable: true, description: 'Of all participants, how many were under 18.' })
  participantsUnder18: number | null;

  @FieldColumn('text', { nullable: true })
  notes: string | null;

  @Field(() => Int, { nullable: true, description: 'Women and men, when either is known.' })
  get participants(): number | null {
    return this.participantsWomen === null && this.participantsMen === null ? null : (this.participantsWomen ?? 0) + (this.participantsMen ?? 0);
  }
}
