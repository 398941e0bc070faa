import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { RequiredText } from '../../../core/validation/text.js';
import { VisitMode } from '../follow-up.enums.js';
import { DomainAssessmentInput } from './domain-assessment.input.js';

@InputType()
export class RecordFollowUpVisitInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.EVENT)
  visitedOn: string;

  @Field(() => VisitMode)
  mode: VisitMode;

  @Field(() => [DomainAssessmentInput])
  @ArrayMaxSize(7)
  domainStatuses: DomainAssessmentInput[];

  @Field()
  @RequiredText(8000, { multiline: true })
  narrative: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  nextVisitOn?: string | null;
}
