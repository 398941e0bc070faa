import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const ReintegrationDomain = graphqlEnum(
  'ReintegrationDomain',
  ['HOUSING', 'INCOME_AND_WORK', 'EDUCATION', 'HEALTH', 'PSYCHOSOCIAL', 'DOCUMENTS', 'SOCIAL_NETWORK'],
);
export type ReintegrationDomain = EnumValue<typeof ReintegrationDomain>;

export const GoalStatus = graphqlEnum('GoalStatus', ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED']);
export type GoalStatus = EnumValue<typeof GoalStatus>;

export const VisitMode = graphqlEnum('VisitMode', ['HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO']);
export type VisitMode = EnumValue<typeof VisitMode>;

export const DomainStatus = graphqlEnum('DomainStatus', ['GOOD', 'FAIR', 'POOR', 'NOT_ASSESSED'], 'How a domain stands at a visit.');
export type DomainStatus = EnumValue<typeof DomainStatus>;

export const BudgetCurrency = graphqlEnum('BudgetCurrency', ['SEK', 'EUR', 'BAM', 'IQD']);
export type BudgetCurrency = EnumValue<typeof BudgetCurrency>;

export const SustainabilityDimension = graphqlEnum('SustainabilityDimension', ['ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL']);
export type SustainabilityDimension = EnumValue<typeof SustainabilityDimension>;

/** Each answered 0 (very poor) … 4 (very good). */
export const SustainabilityIndicator = graphqlEnum(
  'SustainabilityIndicator',
  [
    'INCOME', 'HOUSING', 'FOOD_SECURITY', 'DEBT_FREE', 'SUPPORT_NETWORK', 'COMMUNITY_PARTICIPATION',
    'SERVICE_ACCESS', 'DOCUMENTS', 'WELLBEING', 'SAFETY', 'FUTURE_PLANS', 'STRESS_FREE',
  ],
  'Each answered 0 (very poor) … 4 (very good).',
);
export type SustainabilityIndicator = EnumValue<typeof SustainabilityIndicator>;
