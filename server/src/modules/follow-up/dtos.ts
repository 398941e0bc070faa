import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../core/validation/date-ranges.js';
import { MinorUnitsScalar } from '../../core/graphql/minor-units.scalar.js';
import { OptionalText, RequiredText } from '../../core/validation/text.js';
import { BudgetCurrency, DomainStatus, GoalStatus, ReintegrationDomain, VisitMode } from './follow-up-enums.js';
import { SustainabilityIndicator } from './sustainability.js';

@InputType()
export class ConfirmArrivalInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.EVENT)
  arrivedOn: string;

  @Field(() => String, { nullable: true })
  @OptionalText(4000, { multiline: true })
  notes?: string | null;
}

@InputType()
export class PlanGoalInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field()
  @RequiredText(2000, { multiline: true })
  description: string;

  @Field(() => GoalStatus, { defaultValue: GoalStatus.NOT_STARTED })
  status: GoalStatus;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  targetDate?: string | null;
}

@InputType()
export class BudgetInput {
  @Field(() => MinorUnitsScalar, { description: 'Integer minor units (ISO 4217 exponent).' })
  amountMinor: number;

  @Field(() => BudgetCurrency)
  currency: BudgetCurrency;
}

@InputType()
export class SaveReintegrationPlanInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int, { description: "0 for a new plan; else the plan's version (a stale one is refused with CONFLICT)." })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => [PlanGoalInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalInput)
  goals: PlanGoalInput[];

  @Field(() => BudgetInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BudgetInput)
  budget?: BudgetInput | null;
}

@InputType()
export class DomainAssessmentInput {
  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field(() => DomainStatus)
  status: DomainStatus;
}

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

@InputType()
export class IndicatorAnswerInput {
  @Field(() => SustainabilityIndicator)
  indicator: SustainabilityIndicator;

  @Field(() => Int)
  @IsInt()
  @Max(4)
  @Min(0)
  value: number;
}

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
