import type { BudgetCurrency, DomainStatus, GoalStatus, ReintegrationDomain, SustainabilityDimension, VisitMode } from '../../gql/graphql';

// The order in which the interface lists each enum (not alphabetical: the order of the work).
export const reintegrationDomains: readonly ReintegrationDomain[] = [
  'HOUSING',
  'INCOME_AND_WORK',
  'EDUCATION',
  'HEALTH',
  'PSYCHOSOCIAL',
  'DOCUMENTS',
  'SOCIAL_NETWORK',
];
export const goalStatuses: readonly GoalStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'];
export const visitModes: readonly VisitMode[] = ['HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO'];
export const domainStatuses: readonly DomainStatus[] = ['GOOD', 'FAIR', 'POOR', 'NOT_ASSESSED'];
export const budgetCurrencies: readonly BudgetCurrency[] = ['SEK', 'EUR', 'BAM', 'IQD'];
export const sustainabilityDimensions: readonly SustainabilityDimension[] = ['ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL'];
/** Each indicator is answered 0 (very poor) … 4 (very good). */
export const scaleValues = [0, 1, 2, 3, 4] as const;
export type ScaleValue = (typeof scaleValues)[number];

export const domainStatusColor: Record<DomainStatus, string> = { GOOD: 'teal', FAIR: 'yellow', POOR: 'red', NOT_ASSESSED: 'gray' };
export const goalStatusColor: Record<GoalStatus, string> = { NOT_STARTED: 'gray', IN_PROGRESS: 'blue', ACHIEVED: 'teal', DROPPED: 'dark' };

export function isBudgetCurrency(value: string): value is BudgetCurrency {
  return (budgetCurrencies as readonly string[]).includes(value);
}

/** The currency a plan's budget starts in: the partner's own, or euros. */
export function defaultCurrencyFor(country: string): BudgetCurrency {
  switch (country.toUpperCase()) {
    case 'IQ':
      return 'IQD';
    case 'BA':
      return 'BAM';
    case 'SE':
      return 'SEK';
    default:
      return 'EUR';
  }
}
