import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { DateField, IntField, OptionalTextField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { TextList } from '../../../core/validation/text.js';
import { OutreachKind, OutreachTopic } from '../outreach.enums.js';
import { FollowUpTaskInput } from './follow-up-task.input.js';

/** What describes an outreach activity: the same fields to record one and to edit it. */
@InputType({ isAbstract: true })
export abstract class OutreachActivityFields {
  @Field(() => OutreachKind)
  kind: OutreachKind;

  @DateField(DateKind.SESSION)
  heldOn: string;

  @IntField({ nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1440)
  durationMinutes?: number | null;

  @TextField(200, { description: 'A short name: "Information evening at Föreningen Dijla".' })
  title: string;

  @Field(() => [String], { defaultValue: [] })
  @TextList(30, 2)
  focusCountries: string[];

  @Field(() => [String], { defaultValue: [] })
  @TextList(20, 3)
  languages: string[];

  @Field(() => [OutreachTopic], { defaultValue: [] })
  @ArrayMaxSize(6)
  topics: OutreachTopic[];

  @IntField({ nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  participantsWomen?: number | null;

  @IntField({ nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  participantsMen?: number | null;

  @IntField({ nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  participantsUnder18?: number | null;

  @OptionalTextField(4000, { multiline: true })
  notes?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Directory entries involved.' })
  @ArrayMaxSize(50)
  contactOrganisationIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Their contact persons who took part.' })
  @ArrayMaxSize(100)
  contactPersonIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'The organisation’s own staff who held it (the recorder when empty).' })
  @ArrayMaxSize(20)
  heldByIds: string[];

  @NestedInput(() => FollowUpTaskInput, { nullable: true })
  followUp?: FollowUpTaskInput | null;
}
