import type { BudgetCurrency, FollowUpDetailsFragment, GoalStatus, ReintegrationDomain, SaveReintegrationPlanInput } from '../../gql/graphql';
import { isCalendarDate } from '../../components/calendar-date';
import { fromMinorUnits, toMinorUnits } from '../../components/money';
import { isBudgetCurrency } from './follow-up-options';

type Plan = NonNullable<FollowUpDetailsFragment['plan']>;

export interface GoalRow {
  /** React's key: the goal's id, or a made-up one for a goal not saved yet. */
  key: string;
  id: string | null;
  domain: ReintegrationDomain;
  description: string;
  status: GoalStatus;
  /** "YYYY-MM-DD" or "" for none. */
  targetDate: string;
}

export interface PlanFormValues {
  goals: GoalRow[];
  /** The budget as typed ("1500.50"); empty for no budget. */
  amount: string;
  currency: BudgetCurrency;
}

// The server's MinorUnits scalar: any safe integer up to 10^15 (bigint in the database).
export const maxAmountMinor = 1_000_000_000_000_000;

let nextKey = 0;
export function newGoalRow(domain: ReintegrationDomain = 'HOUSING'): GoalRow {
  nextKey += 1;
  return { key: `new-${nextKey}`, id: null, domain, description: '', status: 'NOT_STARTED', targetDate: '' };
}

export function planFormValuesFrom(plan: Plan | null | undefined, defaultCurrency: BudgetCurrency): PlanFormValues {
  const currency = plan?.budget && isBudgetCurrency(plan.budget.currency) ? plan.budget.currency : defaultCurrency;
  return {
    goals: (plan?.goals ?? []).map((goal) => ({
      key: goal.id,
      id: goal.id,
      domain: goal.domain,
      description: goal.description,
      status: goal.status,
      targetDate: goal.targetDate ?? '',
    })),
    amount: plan?.budget ? fromMinorUnits(plan.budget.amountMinor, currency) : '',
    currency,
  };
}

export type PlanValidation = 'required' | 'date' | 'amount' | 'amountTooLarge';

/** What the person must correct, by field path ("goals.0.description", "budget"). */
export function validatePlan(values: PlanFormValues): Record<string, PlanValidation> {
  const problems: Record<string, PlanValidation> = {};
  values.goals.forEach((goal, index) => {
    if (goal.description.trim() === '') problems[`goals.${index}.description`] = 'required';
    if (goal.targetDate !== '' && !isCalendarDate(goal.targetDate)) problems[`goals.${index}.targetDate`] = 'date';
  });
  if (values.amount.trim() !== '') {
    const minor = toMinorUnits(values.amount, values.currency);
    if (minor === null) problems.budget = 'amount';
    else if (minor > maxAmountMinor) problems.budget = 'amountTooLarge';
  }
  return problems;
}

/** The budget in minor units, or null when none was typed or the text is not an amount. */
export function budgetMinor(values: PlanFormValues): number | null {
  return values.amount.trim() === '' ? null : toMinorUnits(values.amount, values.currency);
}

/** What saveReintegrationPlan is sent: the whole plan, with the version the form started from. */
export function planInput(caseId: string, version: number, values: PlanFormValues): SaveReintegrationPlanInput {
  const amountMinor = budgetMinor(values);
  return {
    caseId,
    version,
    goals: values.goals.map((goal) => ({
      ...(goal.id ? { id: goal.id } : {}),
      domain: goal.domain,
      description: goal.description.trim(),
      status: goal.status,
      targetDate: goal.targetDate === '' ? null : goal.targetDate,
    })),
    budget: amountMinor === null ? null : { amountMinor, currency: values.currency },
  };
}

/** Where a server error about the plan goes: a goal's field, or the budget. */
export function planErrorPath(path: string): string {
  return path.startsWith('budget') ? 'budget' : path;
}
