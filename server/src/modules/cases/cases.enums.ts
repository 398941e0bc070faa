import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const CaseStatus = graphqlEnum('CaseStatus', ['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION', 'CLOSED']);
export type CaseStatus = EnumValue<typeof CaseStatus>;

export const ClosureReason = graphqlEnum('ClosureReason', ['COMPLETED', 'WITHDREW', 'DID_NOT_DEPART', 'CONTACT_LOST']);
export type ClosureReason = EnumValue<typeof ClosureReason>;

export const Sex = graphqlEnum('Sex', ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN']);
export type Sex = EnumValue<typeof Sex>;

export const HouseholdRelation = graphqlEnum('HouseholdRelation', ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDPARENT', 'OTHER']);
export type HouseholdRelation = EnumValue<typeof HouseholdRelation>;

/** Languages a returnee can read documents (the consent form) in. */
export const DocumentLanguage = graphqlEnum(
  'DocumentLanguage',
  ['sv', 'en', 'bs', 'ar', 'so', 'ckb'],
  'Languages a returnee can read documents (the consent form) in.',
);
export type DocumentLanguage = EnumValue<typeof DocumentLanguage>;

/** RELEVANCE: how well a case matches the search text (best first when descending); without a search text, as UPDATED_AT. */
export const CaseSortField = graphqlEnum('CaseSortField', ['NUMBER', 'UPDATED_AT', 'PLANNED_DEPARTURE', 'RETURNEE_NAME', 'RELEVANCE']);
export type CaseSortField = EnumValue<typeof CaseSortField>;

export const SortDirection = graphqlEnum('SortDirection', ['ASC', 'DESC']);
export type SortDirection = EnumValue<typeof SortDirection>;

/**
 * How the returnee came to the office (issue 12, point 4): through an association of the
 * directory, an outreach activity, a city department (a consultation of its staff), an authority,
 * on their own, or otherwise.
 */
export const CaseSourceKind = graphqlEnum(
  'CaseSourceKind',
  ['ASSOCIATION', 'OUTREACH_ACTIVITY', 'CITY_DEPARTMENT', 'AUTHORITY', 'OWN_INITIATIVE', 'OTHER'],
  'How the returnee came to the office.',
);
export type CaseSourceKind = EnumValue<typeof CaseSourceKind>;
