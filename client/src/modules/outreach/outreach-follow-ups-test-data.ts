import { connectionPage } from '../../../test/connection';
import { outreachFollowUpsDueQuery } from './outreach-operations';
export const due = {
  request: { query: outreachFollowUpsDueQuery, variables: {} },
  result: {
    data: {
      myWorklist: {
        __typename: 'Worklist',
        outreachFollowUpsDue: connectionPage('OutreachFollowUpItemConnection', [
          {
            __typename: 'OutreachFollowUpItem',
            overdue: true,
            task: { __typename: 'FollowUpTask', description: 'Send the leaflet in Somali', dueOn: '2026-11-20' },
            activity: { __typename: 'OutreachActivity', id: 'activity-1', title: 'Information evening in Rinkeby', heldOn: '2026-11-12' },
            consultation: null,
          },
          {
            __typename: 'OutreachFollowUpItem',
            overdue: false,
            task: { __typename: 'FollowUpTask', description: 'Call the school back', dueOn: '2030-01-02' },
            activity: null,
            consultation: { __typename: 'StaffConsultation', id: 'consultation-4', heldOn: '2026-11-25', question: 'Grant rules?' },
          },
        ]),
      },
    },
  },
};

