import { connectionPage } from '../../../test/connection';
import type { Language } from '@cirkel/i18n';
import { signedIn } from '../../../test/fixtures';
import type { ReferralAction, ReferralStatus, Role } from '../../gql/graphql';

// Test data for the referral pages (imported only by *.test.tsx files).

const day = 24 * 60 * 60 * 1000;

/** A Baghdad partner caseworker's session. */
export function baghdadPartner(language: Language = 'en', roles: Role[] = ['PARTNER_CASEWORKER']) {
  return signedIn(roles, {
    id: 'user-layla',
    name: 'Layla Al-Rawi',
    email: 'layla.alrawi@cldd-baghdad.example',
    language,
    organisation: {
      __typename: 'Organisation', nameLatin: null, nameArabic: null,
      id: 'org-bgw',
      name: 'CLDD Baghdad',
      kind: 'CLDD_OFFICE',
      country: 'IQ',
      timeZone: 'Asia/Baghdad',
      defaultLanguage: 'ar',
    },
  });
}

interface ListedReferralOptions {
  id: string;
  number: string;
  /** Whole days left to answer, from now. */
  expiresIn?: number;
  status?: ReferralStatus;
  returnee?: { firstName: string; lastName: string } | null;
  sections?: string[];
  allowedActions?: ReferralAction[];
  coverNote?: string | null;
}

export function listedReferral({
  id,
  number,
  expiresIn = 5,
  status = 'PENDING',
  returnee = null,
  sections = ['CONTACT', 'NEEDS'],
  allowedActions = ['ACCEPT', 'DECLINE'],
  coverNote = null,
}: ListedReferralOptions) {
  return {
    __typename: 'Referral',
    id,
    status,
    sections,
    sentAt: '2026-03-01T09:30:00.000Z',
    // An hour past the whole days, so that "N days" does not flip while the test runs.
    expiresAt: new Date(Date.now() + expiresIn * day + 60 * 60 * 1000).toISOString(),
    respondedAt: status === 'PENDING' ? null : '2026-03-03T12:00:00.000Z',
    allowedActions,
    coverNote,
    from: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring', country: 'SE' },
    sentBy: { __typename: 'StaffMember', nameLatin: null, nameArabic: null, id: 'user-amra', name: 'Amra Hodžić' },
    case: {
      __typename: 'ReferralCase',
      id: `case-${id}`,
      number,
      destinationCountry: 'IQ',
      destinationPlace: 'Baghdad',
      returnee: returnee && { __typename: 'Returnee', ...returnee },
    },
  };
}

export function referralConnection(field: 'referralInbox' | 'incomingReferrals', nodes: object[], options: { hasNextPage?: boolean; totalCount?: number; offset?: number } = {}) {
  return { data: { [field]: connectionPage('ReferralConnection', nodes, options) } };
}
