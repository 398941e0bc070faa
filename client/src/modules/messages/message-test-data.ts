import type { CaseMessageItemFragment } from '../../gql/graphql';
import { anna, baghdad, stockholm } from '../cases/case-test-fixtures';
import { staffMember } from '../../../test/fixtures';

/** The two sides of a thread: Stockholm's caseworker Anna, and Layla at the Baghdad office. */
export const layla = staffMember('user-layla', 'Layla Al-Rawi');
export const stockholmOrg = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: stockholm.id, name: stockholm.name };
export const baghdadOrg = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: baghdad.id, name: baghdad.name };

/** A message of the thread as the server answers it: Anna's, from Stockholm, unless overridden. */
export function caseMessage(id: string, overrides: Partial<CaseMessageItemFragment> = {}): CaseMessageItemFragment {
  return {
    __typename: 'CaseMessage',
    id,
    body: 'Hej! Hawre landar på tisdag.',
    sentAt: '2026-03-01T09:00:00.000Z',
    mine: true,
    author: anna,
    organisation: stockholmOrg,
    attachments: [],
    ...overrides,
  };
}
