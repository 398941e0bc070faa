import type { MyWorklistQuery } from '../../gql/graphql';
import { myWorklistQuery } from './worklist-operations';

type Worklist = MyWorklistQuery['myWorklist'];

const stockholm = { __typename: 'Organisation' as const, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring' };
const baghdad = { __typename: 'Organisation' as const, id: 'org-bgw', name: 'CLDD Baghdad' };

export function emptyWorklist(): Worklist {
  return { __typename: 'Worklist', casesNeedingAction: [], referralsAwaitingAnswer: [], overdueFollowUps: [], supervisionActionsDue: [] };
}

const returnee = (firstName: string, lastName: string) => ({ __typename: 'Returnee' as const, firstName, lastName });

/** What a Stockholm caseworker has to do. */
export function ownerWorklist(): Worklist {
  return {
    ...emptyWorklist(),
    casesNeedingAction: [
      {
        __typename: 'CaseWorkItem',
        reason: 'REFERRAL_DECLINED',
        since: '2026-03-01T10:00:00.000Z',
        case: { __typename: 'ReferralCase', id: 'case-42', number: 'STO-2026-0042', status: 'PREPARING_RETURN', plannedDeparture: null, returnee: returnee('Hawre', 'Karim') },
      },
      {
        __typename: 'CaseWorkItem',
        reason: 'NO_CONSENT',
        since: null,
        case: { __typename: 'ReferralCase', id: 'case-43', number: 'STO-2026-0043', status: 'INTAKE', plannedDeparture: '2026-04-01', returnee: returnee('Amina', 'Yusuf') },
      },
    ],
    overdueFollowUps: [
      {
        __typename: 'ReferralCase',
        id: 'case-40',
        number: 'STO-2026-0040',
        viewerIsOwner: true,
        organisation: stockholm,
        returnee: returnee('Zainab', 'Ali'),
        followUp: { __typename: 'FollowUp', nextVisitOn: '2026-02-28', partner: baghdad },
      },
    ],
    supervisionActionsDue: [
      {
        __typename: 'SupervisionActionItem',
        action: { __typename: 'SupervisionAction', id: 'action-1', description: 'Book the next session', dueOn: '2026-03-05', overdue: true },
        session: { __typename: 'SupervisionSession', id: 'session-1', heldOn: '2026-03-02', organisation: stockholm, partner: baghdad },
      },
    ],
  };
}

/** What the Baghdad partner caseworker has to do. */
export function partnerWorklist(): Worklist {
  return {
    ...emptyWorklist(),
    referralsAwaitingAnswer: [
      {
        __typename: 'Referral',
        id: 'referral-7',
        sentAt: '2026-03-01T09:00:00.000Z',
        expiresAt: '2099-03-15T09:00:00.000Z',
        from: stockholm,
        case: { __typename: 'ReferralCase', id: 'case-44', number: 'STO-2026-0044', returnee: returnee('Ali', 'Hassan') },
      },
    ],
  };
}

export function worklistMock(worklist: Worklist, delay = 0) {
  return { request: { query: myWorklistQuery }, result: { data: { myWorklist: worklist } }, delay };
}
