import { fixture, staffMember } from '../../../test/fixtures';
import type { ConsultationDetailsFragment, ConsultationListItemFragment } from '../../gql/graphql';
import { cityDepartmentsQuery, departmentOptionsLimit, followUpOwnersQuery } from './staff-support-operations';

export const socialServices = { __typename: 'ContactOrganisation' as const, id: 'contact-soc', name: 'Socialtjänsten Rinkeby-Kista', district: 'Rinkeby-Kista' };
export const adultEducation = { __typename: 'ContactOrganisation' as const, id: 'contact-komvux', name: 'Komvux Järva', district: null };

/** The signed-in caseworker of the fixtures (`sessionUser`, user-1). */
export const amra = staffMember('user-1', 'Amra Hodžić');
export const jonas = staffMember('user-jonas', 'Jonas Ek');

export const listedConsultation = fixture<ConsultationListItemFragment>({
  __typename: 'StaffConsultation',
  id: 'consultation-1',
  heldOn: '2026-03-02',
  channel: 'PHONE',
  topic: 'RETURN_SUPPORT',
  department: null,
  district: 'Rinkeby-Kista',
  minutesSpent: 30,
  participants: null,
  departmentContact: { __typename: 'ContactOrganisation', id: socialServices.id, name: socialServices.name },
  followUpTask: null,
});

export const consultationDetails = fixture<ConsultationDetailsFragment>({
  ...listedConsultation(),
  country: 'IQ',
  question: 'A family asks whether the grant covers a child born in Sweden.',
  advice: 'Yes; the grant is per person. Referred them to the office.',
  version: 1,
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  createdBy: amra,
  followUpTask: {
    __typename: 'FollowUpTask',
    description: 'Send the grant leaflet in Arabic',
    dueOn: '2026-03-09',
    doneAt: null,
    owner: jonas,
  },
});

export const departmentsMock = {
  request: { query: cityDepartmentsQuery, variables: { first: departmentOptionsLimit } },
  result: {
    data: {
      contactOrganisations: {
        __typename: 'ContactOrganisationConnection',
        edges: [
          { __typename: 'ContactOrganisationEdge', node: socialServices },
          { __typename: 'ContactOrganisationEdge', node: adultEducation },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export const ownersMock = {
  request: { query: followUpOwnersQuery },
  result: { data: { colleagues: [amra, jonas] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
