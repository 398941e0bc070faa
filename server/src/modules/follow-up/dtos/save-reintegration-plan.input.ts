import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { PlanGoalInput } from './plan-goal.input.js';
import { BudgetInput } from './budget.input.js';

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
