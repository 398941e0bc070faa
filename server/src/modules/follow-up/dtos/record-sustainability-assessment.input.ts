import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { IndicatorAnswerInput } from './indicator-answer.input.js';

@InputType()
export class RecordSustainabilityAssessmentInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.EVENT)
  assessedOn: string;

  @Field(() => [IndicatorAnswerInput])
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => IndicatorAnswerInput)
  answers: IndicatorAnswerInput[];
}
