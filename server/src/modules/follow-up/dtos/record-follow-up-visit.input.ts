import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { DateField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { VisitMode } from '../follow-up.enums.js';
import { DomainAssessmentInput } from './domain-assessment.input.js';

@InputType()
export class RecordFollowUpVisitInput {
  @Field(() => ID)
  caseId: string;

  @DateField(DateKind.EVENT)
  visitedOn: string;

  @Field(() => VisitMode)
  mode: VisitMode;

  @Field(() => [DomainAssessmentInput])
  @ArrayMaxSize(7)
  domainStatuses: DomainAssessmentInput[];

  @TextField(8000, { multiline: true })
  narrative: string;

  @DateField(DateKind.SCHEDULE, { nullable: true })
  nextVisitOn?: string | null;
}
