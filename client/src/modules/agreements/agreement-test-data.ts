import { connectionPage } from '../../../test/connection';
import type { AgreementScope, AgreementStatus } from '../../gql/graphql';

// Test data for the agreements pages (imported only by *.test.tsx files).

const organisations = {
  sto: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring', country: 'SE' },
  got: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-got', name: 'Göteborgs stad', country: 'SE' },
  bgw: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-bgw', name: 'CLDD Baghdad', country: 'IQ' },
  pri: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-pri', name: 'Općina Prijedor', country: 'BA' },
} as const;
export type OrganisationKey = keyof typeof organisations;

interface AgreementOptions {
  id: string;
  title: string;
  referenceNumber?: string;
  status?: AgreementStatus;
  scopes?: AgreementScope[];
  validFrom?: string;
  validTo?: string;
  responseTimeDays?: number;
  /** Each party, with when it confirmed (null: not yet). */
  parties?: [OrganisationKey, string | null][];
  viewerCanConfirm?: boolean;
  viewerCanTerminate?: boolean;
  terminatedAt?: string | null;
  terminatedBy?: OrganisationKey | null;
  terminationReason?: string | null;
}

export function agreementDetail({
  id,
  title,
  referenceNumber = `KS 2026/${id}`,
  status = 'IN_FORCE',
  scopes = ['REFERRALS', 'FOLLOW_UP'],
  validFrom = '2026-01-01',
  validTo = '2027-12-31',
  responseTimeDays = 7,
  parties = [
    ['sto', '2025-12-01T10:00:00.000Z'],
    ['bgw', '2025-12-03T08:00:00.000Z'],
  ],
  viewerCanConfirm = false,
  viewerCanTerminate = false,
  terminatedAt = null,
  terminatedBy = null,
  terminationReason = null,
}: AgreementOptions) {
  return {
    __typename: 'CooperationAgreement',
    id,
    referenceNumber,
    title,
    scopes,
    validFrom,
    validTo,
    responseTimeDays,
    status,
    viewerCanConfirm,
    viewerCanTerminate,
    parties: parties.map(([key, confirmedAt]) => ({ __typename: 'AgreementParty', confirmedAt, organisation: organisations[key] })),
    createdAt: '2025-12-01T10:00:00.000Z',
    terminatedAt,
    terminationReason,
    proposedBy: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: organisations.sto.id, name: organisations.sto.name },
    terminatedBy: terminatedBy && { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: organisations[terminatedBy].id, name: organisations[terminatedBy].name },
  };
}

/** The list asks for fewer fields than the detail page. */
export function agreementListItem(options: AgreementOptions) {
  const { createdAt: _createdAt, terminatedAt: _terminatedAt, terminationReason: _reason, proposedBy: _proposedBy, terminatedBy: _terminatedBy, ...listed } =
    agreementDetail(options);
  return listed;
}

export function agreementConnection(nodes: object[], options: { hasNextPage?: boolean; totalCount?: number } = {}) {
  return { data: { agreements: connectionPage('CooperationAgreementConnection', nodes, options) } };
}

/** The organisation directory, the viewer's own (Stockholm) included. */
export const directory = {
  data: {
    organisations: {
      __typename: 'OrganisationConnection',
      pageInfo: { __typename: 'PageInfo', endCursor: 'cursor-4', hasNextPage: false },
      edges: [
        { id: 'org-bgw', name: 'CLDD Baghdad', kind: 'CLDD_OFFICE', country: 'IQ' },
        { id: 'org-got', name: 'Göteborgs stad', kind: 'CITY', country: 'SE' },
        { id: 'org-pri', name: 'Općina Prijedor', kind: 'MUNICIPALITY', country: 'BA' },
        { id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring', kind: 'CITY', country: 'SE' },
      ].map((node, index) => ({ __typename: 'OrganisationEdge', cursor: `cursor-${index + 1}`, node: { __typename: 'Organisation', nameLatin: null, nameArabic: null, ...node } })),
    },
  },
};
