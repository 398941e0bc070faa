import type { SupervisionActionItemFragment, SupervisionDetailsFragment, SupervisionListItemFragment, SupervisionPersonFragment } from '../../gql/graphql';
import { fixture } from '../../../test/fixtures';

export const stockholm = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring' };
export const baghdad = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-bgw', name: 'CLDD Baghdad' };

export function person(id: string, name: string, organisation = stockholm): SupervisionPersonFragment {
  return { __typename: 'StaffMember', nameLatin: null, nameArabic: null, id, name, organisation };
}

/** The signed-in supervisor of the fixtures (`sessionUser` has id user-1 in Stockholm). */
export const eva = person('user-1', 'Eva Sandberg');
export const layla = person('user-layla', 'Layla Al-Rawi', baghdad);
export const omar = person('user-omar', 'Omar Haddad', baghdad);
export const bilal = person('user-bilal', 'Bilal Rahimi');

export const action = fixture<SupervisionActionItemFragment>({
  __typename: 'SupervisionAction',
  id: 'action-1',
  description: 'Share the housing checklist',
  dueOn: '2026-03-20',
  done: false,
  doneAt: null,
  overdue: false,
  owner: layla,
});

export const listedSession = fixture<SupervisionListItemFragment>({
  __typename: 'SupervisionSession',
  id: 'session-1',
  heldOn: '2026-03-02',
  mode: 'VIDEO',
  topics: ['Case load', 'Housing'],
  organisation: stockholm,
  partner: baghdad,
  actions: [
    { __typename: 'SupervisionAction', id: 'a-1', done: false, overdue: true },
    { __typename: 'SupervisionAction', id: 'a-2', done: false, overdue: false },
    { __typename: 'SupervisionAction', id: 'a-3', done: true, overdue: false },
  ],
});

export const sessionDetails = fixture<SupervisionDetailsFragment>({
  // The same session as in the list; its actions in full below.
  ...listedSession(),
  notes: 'Discussed case load and housing in Karrada.',
  version: 2,
  createdAt: '2026-03-02T10:00:00.000Z',
  viewerCanEdit: true,
  viewerCanComment: true,
  createdBy: eva,
  participants: [eva, layla],
  notesHistory: [
    {
      __typename: 'NoteRevision',
      id: 'rev-2',
      notes: 'Discussed case load.',
      changedAt: '2026-03-03T08:00:00.000Z',
      changedBy: eva,
    },
  ],
  actions: [action(), action({ id: 'action-2', description: 'Book the next session', owner: eva, dueOn: '2026-02-20', overdue: true })],
  comments: [
    {
      __typename: 'SupervisionComment',
      id: 'comment-1',
      body: 'شكرًا على الجلسة',
      createdAt: '2026-03-02T12:00:00.000Z',
      author: layla,
    },
  ],
  linkedCases: [
    {
      __typename: 'ReferralCase',
      id: 'case-42',
      number: 'STO-2026-0042',
      status: 'IN_REINTEGRATION',
      returnee: { __typename: 'Returnee', firstName: 'Hawre', lastName: 'Karim' },
    },
  ],
  linkedCasesHidden: 0,
});
