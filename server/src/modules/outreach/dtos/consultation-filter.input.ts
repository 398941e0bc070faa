import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DateField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { ConsultationChannel, OutreachTopic } from '../outreach.enums.js';

@InputType()
export class ConsultationFilter {
  @Field(() => ConsultationChannel, { nullable: true })
  @IsOptional()
  channel?: ConsultationChannel | null;

  @Field(() => OutreachTopic, { nullable: true })
  @IsOptional()
  topic?: OutreachTopic | null;

  @Field(() => ID, { nullable: true, description: 'Consultations of this department (a directory entry).' })
  departmentContactId?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or after.' })
  from?: string | null;

  @DateField(DateKind.SCHEDULE, { nullable: true, description: 'Held on or before.' })
  to?: string | null;
}
