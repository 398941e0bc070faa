// Test data for the follow-up section (imported only by *.test.tsx files): shaped like the server's answers.
import type { MockLink } from '@apollo/client/testing';
import { fixture, staffMember } from '../../../test/fixtures';
import type { FollowUpDetailsFragment, FollowUpQuery, SustainabilityDimension, SustainabilityIndicator } from '../../gql/graphql';
import { caseQuery } from '../cases/case-operations';
import { anna, baghdad, caseDetails, referral } from '../cases/case-test-fixtures';
import { caseMessagesQuery } from '../messages/message-operations';
import { followUpQuery } from './follow-up-operations';

type Plan = NonNullable<FollowUpDetailsFragment['plan']>;
type Visit = FollowUpDetailsFragment['visits'][number];
type Assessment = FollowUpDetailsFragment['assessments'][number];

export const layla = staffMember('user-layla', 'Layla Al-Rawi');

export const indicatorDefinitions: FollowUpQuery['sustainabilityIndicators'] = (
  [
    ['INCOME', 'ECONOMIC'],
    ['HOUSING', 'ECONOMIC'],
    ['FOOD_SECURITY', 'ECONOMIC'],
    ['DEBT_FREE', 'ECONOMIC'],
    ['SUPPORT_NETWORK', 'SOCIAL'],
    ['COMMUNITY_PARTICIPATION', 'SOCIAL'],
    ['SERVICE_ACCESS', 'SOCIAL'],
    ['DOCUMENTS', 'SOCIAL'],
    ['WELLBEING', 'PSYCHOSOCIAL'],
    ['SAFETY', 'PSYCHOSOCIAL'],
    ['FUTURE_PLANS', 'PSYCHOSOCIAL'],
    ['STRESS_FREE', 'PSYCHOSOCIAL'],
  ] as [SustainabilityIndicator, SustainabilityDimension][]
).map(([indicator, dimension]) => ({ __typename: 'IndicatorDefinition', indicator, dimension }));

export const plan = fixture<Plan>({
  __typename: 'ReintegrationPlan',
  id: 'plan-1',
  version: 2,
  goals: [
    { __typename: 'PlanGoal', id: 'goal-1', domain: 'HOUSING', description: 'Rent a flat in Karrada', status: 'IN_PROGRESS', targetDate: '2026-06-30' },
    { __typename: 'PlanGoal', id: 'goal-2', domain: 'DOCUMENTS', description: 'Renew the national ID card', status: 'NOT_STARTED', targetDate: null },
  ],
  budget: { __typename: 'Money', amountMinor: 150_000, currency: 'EUR' },
  updatedBy: layla,
  updatedAt: '2026-04-02T09:00:00.000Z',
});

export function visit(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    __typename: 'FollowUpVisit',
    id,
    visitedOn: '2026-04-10',
    mode: 'HOME_VISIT',
    domainStatuses: [
      { __typename: 'DomainAssessment', domain: 'HOUSING', status: 'FAIR' },
      { __typename: 'DomainAssessment', domain: 'HEALTH', status: 'GOOD' },
    ],
    narrative: 'Met Hawre and his daughter at the flat.',
    nextVisitOn: '2026-05-10',
    overdue: false,
    recordedBy: layla,
    recordedAt: '2026-04-10T12:00:00.000Z',
    ...overrides,
  };
}

export function assessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    __typename: 'SustainabilityAssessment',
    id,
    assessedOn: '2026-04-20',
    answers: indicatorDefinitions.map(({ indicator }) => ({ __typename: 'IndicatorAnswer', indicator, value: 4 })),
    // Deliberately not what the answers above would give: the page must show the server's numbers.
    scores: { __typename: 'SustainabilityScores', economic: 0.5625, social: 0.25, psychosocial: 0.8125, overall: 0.541_666 },
    recordedBy: layla,
    recordedAt: '2026-04-20T10:00:00.000Z',
    ...overrides,
  };
}

export const followUp = fixture<FollowUpDetailsFragment>({
  __typename: 'FollowUp',
  partner: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: baghdad.id, name: baghdad.name, country: 'IQ' },
  arrival: null,
  plan: null,
  visits: [],
  assessments: [],
  overdue: false,
  nextVisitOn: null,
  viewerCanWrite: true,
});

/** Case STO-2026-0042 with its referral to Baghdad accepted; as the partner sees it unless told. */
export function acceptedCase(viewerIsOwner = false) {
  return caseDetails({
    status: 'IN_REINTEGRATION',
    viewerIsOwner,
    allowedTransitions: [],
    referrals: [referral('ref-1', baghdad, { status: 'ACCEPTED', respondedAt: '2026-03-02T10:00:00.000Z', respondedBy: layla, allowedActions: [] })],
    statusHistory: [{ __typename: 'CaseStatusChange', id: 'change-1', from: null, to: 'INTAKE', closureReason: null, changedBy: anna, changedAt: '2026-01-15T09:00:00.000Z' }],
  });
}

export function caseMock(item = acceptedCase()): MockLink.MockedResponse {
  return { request: { query: caseQuery, variables: { id: item.id } }, result: { data: { case: item } } };
}

export function followUpMock(value: FollowUpDetailsFragment | null, caseId = 'case-42'): MockLink.MockedResponse {
  return {
    request: { query: followUpQuery, variables: { caseId } },
    result: { data: { case: { __typename: 'ReferralCase', id: caseId, followUp: value }, sustainabilityIndicators: indicatorDefinitions } },
  };
}

/** The case's message threads, empty: the case page asks for them next to the follow-up. */
export function noMessagesMock(caseId = 'case-42', referralIds = ['ref-1']): MockLink.MockedResponse {
  return {
    request: { query: caseMessagesQuery, variables: { caseId } },
    result: {
      data: {
        case: {
          __typename: 'ReferralCase',
          id: caseId,
          referrals: referralIds.map((id) => ({ __typename: 'Referral', id, unreadMessageCount: 0, messages: [] })),
        },
      },
    },
  };
}
