import type { MyWorklistQuery } from '../../gql/graphql';
import { myWorklistQuery } from './worklist-operations';

type Worklist = MyWorklistQuery['myWorklist'];
type Lists = { [K in Exclude<keyof Worklist, '__typename'>]: Array<Worklist[K]['edges'][number]['node']> };

const connectionTypes = {
  casesNeedingAction: 'CaseWorkItem',
  referralsAwaitingAnswer: 'Referral',
  overdueFollowUps: 'ReferralCase',
  supervisionActionsDue: 'SupervisionActionItem',
} as const;

/** A first page of each list as the server answers it: `totalCount` (all of them) may exceed the items given. */
export function worklistOf(lists: Partial<Lists>, totals: Partial<Record<keyof Lists, number>> = {}, cursorPrefix = 'c'): Worklist {
  const connection = <K extends keyof Lists>(key: K) => {
    const nodes = lists[key] ?? [];
    const total = totals[key] ?? nodes.length;
    return {
      __typename: `${connectionTypes[key]}Connection`,
      totalCount: total,
      pageInfo: { __typename: 'PageInfo', hasNextPage: total > nodes.length, endCursor: nodes.length ? `${cursorPrefix}-${key}-${nodes.length}` : null },
      edges: nodes.map((node, index) => ({ __typename: `${connectionTypes[key]}Edge`, cursor: `${cursorPrefix}-${key}-${index + 1}`, node })),
    };
  };
  return {
    __typename: 'Worklist',
    casesNeedingAction: connection('casesNeedingAction'),
    referralsAwaitingAnswer: connection('referralsAwaitingAnswer'),
    overdueFollowUps: connection('overdueFollowUps'),
    supervisionActionsDue: connection('supervisionActionsDue'),
  } as Worklist;
}

const stockholm = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring' };
const baghdad = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-bgw', name: 'CLDD Baghdad' };

export function emptyWorklist(): Worklist {
  return worklistOf({});
}

const returnee = (firstName: string, lastName: string) => ({ __typename: 'Returnee' as const, firstName, lastName });

/** What a Stockholm caseworker has to do, list by list. */
export function ownerLists(): Lists {
  return {
    referralsAwaitingAnswer: [],
    casesNeedingAction: [
      {
        __typename: 'CaseWorkItem',
        reason: 'REFERRAL_DECLINED',
        reasons: ['REFERRAL_DECLINED'],
        since: '2026-03-01T10:00:00.000Z',
        case: { __typename: 'ReferralCase', id: 'case-42', number: 'STO-2026-0042', status: 'PREPARING_RETURN', plannedDeparture: null, returnee: returnee('Hawre', 'Karim') },
      },
      {
        __typename: 'CaseWorkItem',
        reason: 'NO_CONSENT',
        reasons: ['NO_CONSENT'],
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

/** The same, as the first page of the worklist. */
export function ownerWorklist(): Worklist {
  return worklistOf(ownerLists());
}

/** What the Baghdad partner caseworker has to do. */
export function partnerWorklist(): Worklist {
  return worklistOf({
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
  });
}

export function worklistMock(worklist: Worklist, delay = 0) {
  return { request: { query: myWorklistQuery }, result: { data: { myWorklist: worklist } }, delay };
}
