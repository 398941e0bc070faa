import { registerEnumType } from '@nestjs/graphql';

export enum ReintegrationDomain {
  HOUSING = 'HOUSING',
  INCOME_AND_WORK = 'INCOME_AND_WORK',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  DOCUMENTS = 'DOCUMENTS',
  SOCIAL_NETWORK = 'SOCIAL_NETWORK',
}
registerEnumType(ReintegrationDomain, { name: 'ReintegrationDomain' });

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}
registerEnumType(GoalStatus, { name: 'GoalStatus' });

export enum VisitMode {
  HOME_VISIT = 'HOME_VISIT',
  OFFICE = 'OFFICE',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
registerEnumType(VisitMode, { name: 'VisitMode' });

export enum DomainStatus {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
  NOT_ASSESSED = 'NOT_ASSESSED',
}
registerEnumType(DomainStatus, { name: 'DomainStatus', description: 'How a domain stands at a visit.' });

export enum BudgetCurrency {
  SEK = 'SEK',
  EUR = 'EUR',
  BAM = 'BAM',
  IQD = 'IQD',
}
registerEnumType(BudgetCurrency, { name: 'BudgetCurrency' });

export enum SustainabilityDimension {
  ECONOMIC = 'ECONOMIC',
  SOCIAL = 'SOCIAL',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
}
registerEnumType(SustainabilityDimension, { name: 'SustainabilityDimension' });

/** Each answered 0 (very poor) … 4 (very good). */
export enum SustainabilityIndicator {
  INCOME = 'INCOME',
  HOUSING = 'HOUSING',
  FOOD_SECURITY = 'FOOD_SECURITY',
  DEBT_FREE = 'DEBT_FREE',
  SUPPORT_NETWORK = 'SUPPORT_NETWORK',
  COMMUNITY_PARTICIPATION = 'COMMUNITY_PARTICIPATION',
  SERVICE_ACCESS = 'SERVICE_ACCESS',
  DOCUMENTS = 'DOCUMENTS',
  WELLBEING = 'WELLBEING',
  SAFETY = 'SAFETY',
  FUTURE_PLANS = 'FUTURE_PLANS',
  STRESS_FREE = 'STRESS_FREE',
}
registerEnumType(SustainabilityIndicator, { name: 'SustainabilityIndicator', description: 'Each answered 0 (very poor) … 4 (very good).' });
