import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { ConsultationChannel, OutreachTopic } from '../outreach.enums.js';
import { HeldBetweenFilter } from './held-between.input.js';

@InputType()
export class ConsultationFilter extends HeldBetweenFilter {
  @Field(() => ConsultationChannel, { nullable: true })
  @IsOptional()
  channel?: ConsultationChannel | null;

  @Field(() => OutreachTopic, { nullable: true })
  @IsOptional()
  topic?: OutreachTopic | null;

  @Field(() => ID, { nullable: true, description: 'Consultations of this department (a directory entry).' })
  departmentContactId?: string | null;
}
