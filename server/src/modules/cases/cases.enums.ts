import { registerEnumType } from '@nestjs/graphql';

export enum CaseStatus {
  INTAKE = 'INTAKE',
  PREPARING_RETURN = 'PREPARING_RETURN',
  RETURNED = 'RETURNED',
  IN_REINTEGRATION = 'IN_REINTEGRATION',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum ClosureReason {
  COMPLETED = 'COMPLETED',
  WITHDREW = 'WITHDREW',
  DID_NOT_DEPART = 'DID_NOT_DEPART',
  CONTACT_LOST = 'CONTACT_LOST',
}
registerEnumType(ClosureReason, { name: 'ClosureReason' });

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Sex, { name: 'Sex' });

export enum HouseholdRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  SIBLING = 'SIBLING',
  GRANDPARENT = 'GRANDPARENT',
  OTHER = 'OTHER',
}
registerEnumType(HouseholdRelation, { name: 'HouseholdRelation' });

/** Languages a returnee can read documents (the consent form) in. */
export enum DocumentLanguage {
  sv = 'sv',
  en = 'en',
  bs = 'bs',
  ar = 'ar',
  so = 'so',
  ckb = 'ckb',
}
registerEnumType(DocumentLanguage, {
  name: 'DocumentLanguage',
  description: 'Languages a returnee can read documents (the consent form) in.',
});

export enum CaseSortField {
  NUMBER = 'NUMBER',
  UPDATED_AT = 'UPDATED_AT',
  PLANNED_DEPARTURE = 'PLANNED_DEPARTURE',
  RETURNEE_NAME = 'RETURNEE_NAME',
}
registerEnumType(CaseSortField, { name: 'CaseSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
