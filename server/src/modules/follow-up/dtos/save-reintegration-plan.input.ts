import { Field, ID, InputType } from '@nestjs/graphql';
import { Min } from 'class-validator';
import { NestedInput } from '../../../core/validation/nested-input.js';
import { IntField } from '../../../core/validation/input-fields.js';
import { PlanGoalInput } from './plan-goal.input.js';
import { BudgetInput } from './budget.input.js';

@InputType()
export class SaveReintegrationPlanInput {
  @Field(() => ID)
  caseId: string;

  @IntField({ description: "0 for a new plan; else the plan's version (a stale one is refused with CONFLICT)." })
  @Min(0)
  version: number;

  @NestedInput(() => PlanGoalInput, { maxItems: 50 })
  goals: PlanGoalInput[];

  @NestedInput(() => BudgetInput, { nullable: true })
  budget?: BudgetInput | null;
}
