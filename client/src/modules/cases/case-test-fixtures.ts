// Test data for the cases pages: objects shaped exactly like the server's answers.
import { connectionPage } from '../../../test/connection';
import { fixture, staffMember } from '../../../test/fixtures';
import type { CaseDetailsFragment, CaseListItemFragment, CasesQueryVariables } from '../../gql/graphql';
import { caseworkersQuery, casesQuery, referralPartnersQuery } from './cases-operations';

export const stockholm = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring', country: 'SE' };
export const baghdad = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-bgw', name: 'CLDD Baghdad', country: 'IQ' };
export const prijedor = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-pri', name: 'Grad Prijedor', country: 'BA' };
export const gothenburg = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-got', name: 'Göteborgs stad', country: 'SE' };

export const anna = staffMember('user-anna', 'Anna Lindqvist');
export const bilal = staffMember('user-bilal', 'Bilal Rahimi');

export function caseListItem(id: string, number: string, overrides: Partial<CaseListItemFragment> = {}): CaseListItemFragment {
  return {
    __typename: 'ReferralCase',
    id,
    number,
    status: 'INTAKE',
    destinationCountry: 'BA',
    destinationPlace: 'Prijedor',
    plannedDeparture: '2026-05-04',
    updatedAt: '2026-02-01T10:00:00.000Z',
    returnee: { __typename: 'Returnee', firstName: 'Amra', lastName: 'Hodžić' },
    responsibleCaseworker: anna,
    ...overrides,
  };
}

export function caseConnection(nodes: CaseListItemFragment[], { after = 0, ...options }: { hasNextPage?: boolean; totalCount?: number; after?: number } = {}) {
  return { data: { cases: connectionPage('ReferralCaseConnection', nodes, { offset: after, ...options }) } };
}

type Consent = CaseDetailsFragment['consents'][number];
type Referral = CaseDetailsFragment['referrals'][number];

/** What the case list's filters ask for first: the caseworkers and the partners to choose from. */
export const caseListFilterMocks = [
  { request: { query: caseworkersQuery }, result: { data: { caseworkers: [anna, bilal] } } },
  { request: { query: referralPartnersQuery }, result: { data: { referralPartners: [baghdad, prijedor] } } },
];

/** The case list's answer to these variables. */
export function casesAnswer(variables: CasesQueryVariables, result: ReturnType<typeof caseConnection> | ((variables: CasesQueryVariables) => ReturnType<typeof caseConnection>)) {
  return { request: { query: casesQuery, variables }, result };
}

export function consent(id: string, partner: { id: string; name: string }, sections: Consent['sections'], active = true): Consent {
  return {
    __typename: 'Consent',
    id,
    partner: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: partner.id, name: partner.name },
    sections,
    givenOn: '2026-01-20',
    recordedBy: anna,
    recordedAt: `2026-01-20T10:00:0${id.length % 10}.000Z`,
    withdrawnAt: active ? null : '2026-01-25T09:00:00.000Z',
    withdrawnBy: active ? null : anna,
    form: {
      __typename: 'Attachment',
      id: `file-${id}`,
      fileName: 'samtycke.pdf',
      contentType: 'application/pdf',
      size: 52_000,
      url: `/attachments/file-${id}`,
    },
    active,
  };
}

export function referral(id: string, to: { id: string; name: string }, overrides: Partial<Referral> = {}): Referral {
  return {
    __typename: 'Referral',
    id,
    from: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: stockholm.id, name: stockholm.name },
    to: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: to.id, name: to.name },
    sections: ['IDENTITY'],
    status: 'PENDING',
    declineReason: null,
    coverNote: null,
    sentBy: anna,
    sentAt: '2026-01-21T08:00:00.000Z',
    expiresAt: '2026-01-28T08:00:00.000Z',
    respondedBy: null,
    respondedAt: null,
    revokedAt: null,
    completedAt: null,
    allowedActions: ['REVOKE'],
    ...overrides,
  };
}

/** Case STO-2026-0042 as its owner (Stockholm) sees it. */
export const caseDetails = fixture<CaseDetailsFragment>({
  __typename: 'ReferralCase',
  id: 'case-42',
  number: 'STO-2026-0042',
  status: 'INTAKE',
  closureReason: null,
  version: 3,
  createdAt: '2026-01-15T09:00:00.000Z',
  updatedAt: '2026-01-21T08:00:00.000Z',
  viewerIsOwner: true,
  visibleSections: ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH'],
  organisation: stockholm,
  responsibleCaseworker: anna,
  destinationCountry: 'IQ',
  destinationPlace: 'Baghdad',
  plannedDeparture: '2026-05-04',
  actualDeparture: null,
  supportGranted: null,
  source: null,
  returnee: {
    __typename: 'Returnee',
    firstName: 'Hawre',
    lastName: 'Karim',
    dateOfBirth: '1988-03-12',
    sex: 'MALE',
    citizenship: 'IQ',
    languages: ['ckb', 'ar'],
    identityNumber: '19880312-1234',
    documentLanguage: 'ckb',
  },
  contact: { __typename: 'ReturneeContact', phone: '+46 70 123 45 67', email: 'hawre@example.org', addressInSweden: 'Rinkebyvägen 1, Spånga', notes: null },
  household: [
    {
      __typename: 'HouseholdMember',
      id: 'member-1',
      firstName: 'Shilan',
      lastName: 'Karim',
      dateOfBirth: '2015-06-01',
      sex: 'FEMALE',
      relation: 'CHILD',
      identityNumber: null,
      travels: true,
    },
  ],
  needs: { __typename: 'CaseNeeds', description: 'Housing in Baghdad for the first months.' },
  health: { __typename: 'ReturneeHealth', information: 'Diabetes, needs insulin.', vulnerabilities: ['single parent'] },
  allowedTransitions: [
    { __typename: 'CaseTransition', to: 'PREPARING_RETURN', closureReasons: [] },
    { __typename: 'CaseTransition', to: 'CLOSED', closureReasons: ['WITHDREW', 'DID_NOT_DEPART', 'CONTACT_LOST'] },
  ],
  consents: [],
  referrals: [],
  statusHistory: [
    { __typename: 'CaseStatusChange', id: 'change-1', from: null, to: 'INTAKE', closureReason: null, changedBy: anna, changedAt: '2026-01-15T09:00:00.000Z' },
  ],
});
