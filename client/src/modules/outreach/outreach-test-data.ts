import { fixture, staffMember } from '../../../test/fixtures';
import type { OutreachDetailsFragment, OutreachListItemFragment } from '../../gql/graphql';

export const somali = { __typename: 'ContactOrganisation' as const, id: 'contact-2', name: 'Somaliska föräldranätverket Järvafältet' };
export const hodan = { __typename: 'ContactPerson' as const, id: 'person-1', name: 'Hodan Warsame', roleTitle: 'Samordnare' };
export const cabdi = { __typename: 'ContactPerson' as const, id: 'person-2', name: 'Cabdiraxmaan Cali', roleTitle: null };
export const amra = staffMember('user-1', 'Amra Hodžić');
export const johan = staffMember('user-2', 'Johan Berg');

export const listedActivity = fixture<OutreachListItemFragment>({
  __typename: 'OutreachActivity',
  id: 'activity-1',
  kind: 'INFORMATION_MEETING',
  title: 'Information evening in Rinkeby',
  heldOn: '2026-11-12',
  durationMinutes: 90,
  topics: ['RETURN_SUPPORT', 'REINTEGRATION'],
  focusCountries: ['SO'],
  participants: 23,
  contacts: [somali],
  followUpTask: null,
});

export const activityDetails = fixture<OutreachDetailsFragment>({
  ...listedActivity(),
  version: 1,
  languages: ['so', 'sv'],
  notes: 'Many questions about the grant.',
  participantsWomen: 14,
  participantsMen: 9,
  participantsUnder18: 3,
  createdAt: '2026-11-12T16:00:00.000Z',
  updatedAt: '2026-11-12T16:00:00.000Z',
  createdBy: amra,
  heldBy: [amra, johan],
  people: [hodan],
  followUpTask: {
    __typename: 'FollowUpTask',
    description: 'Send the leaflet in Somali',
    dueOn: '2030-01-15',
    doneAt: null,
    owner: johan,
  },
});
