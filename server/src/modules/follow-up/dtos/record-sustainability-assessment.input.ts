import { Field, ID, InputType } from '@nestjs/graphql';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { DateField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { IndicatorAnswerInput } from './indicator-answer.input.js';

@InputType()
export class RecordSustainabilityAssessmentInput {
  @Field(() => ID)
  caseId: string;

  @DateField(DateKind.EVENT)
  assessedOn: string;

  @NestedInput(() => IndicatorAnswerInput, { maxItems: 12 })
  answers: IndicatorAnswerInput[];
}
