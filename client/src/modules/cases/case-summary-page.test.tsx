import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { signedIn, staffMember } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import type { CaseSummaryQuery } from '../../gql/graphql';
import { baghdadPartner } from '../referrals/referral-test-data';
import { caseQuery } from './case-operations';
import { caseSummaryQuery } from './case-summary-operations';
import { anna, baghdad, caseDetails, consent, referral } from './case-test-fixtures';

type Summary = NonNullable<CaseSummaryQuery['case']>;

const layla = staffMember('user-layla', 'Layla Al-Rawi');

function followUp(): NonNullable<Summary['followUp']> {
  return {
    __typename: 'FollowUp',
    partner: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: baghdad.id, name: baghdad.name },
    arrival: { __typename: 'Arrival', arrivedOn: '2026-02-03', notes: 'وصل مع العائلة.', recordedBy: layla },
    plan: {
      __typename: 'ReintegrationPlan',
      id: 'plan-1',
      goals: [{ __typename: 'PlanGoal', id: 'goal-1', domain: 'HOUSING', description: 'Rent a flat in Karrada', status: 'IN_PROGRESS', targetDate: '2026-06-01' }],
      budget: { __typename: 'Money', amountMinor: 1500000, currency: 'IQD' },
      updatedAt: '2026-02-10T10:00:00.000Z',
    },
    visits: [
      {
        __typename: 'FollowUpVisit',
        id: 'visit-1',
        visitedOn: '2026-03-01',
        mode: 'HOME_VISIT',
        domainStatuses: [{ __typename: 'DomainAssessment', domain: 'HOUSING', status: 'FAIR' }],
        narrative: 'The family has moved in.',
        nextVisitOn: '2026-04-01',
      },
    ],
    assessments: [
      { __typename: 'SustainabilityAssessment', id: 'assessment-1', assessedOn: '2026-03-02', scores: { __typename: 'SustainabilityScores', economic: 0.4, social: 0.6, psychosocial: 0.5, overall: 0.5 } },
    ],
  } as NonNullable<Summary['followUp']>;
}

function summary(overrides: Partial<Summary> = {}) {
  const item = {
    ...caseDetails({
      consents: [consent('consent-1', baghdad, ['IDENTITY', 'NEEDS'])],
      referrals: [referral('ref-1', baghdad, { status: 'ACCEPTED', allowedActions: [] })],
    }),
    followUp: followUp(),
    ...overrides,
  } as Summary;
  return { request: { query: caseSummaryQuery, variables: { id: item.id } }, result: { data: { case: item } } };
}

describe('the printable case summary', () => {
  it('shows the whole case to its owner in the reader’s language, with the day it was printed, and prints it', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    onTestFinished(() => void vi.unstubAllGlobals());
    const { user } = renderApp({ path: '/cases/case-42/summary', session: signedIn(['CASEWORKER'], { language: 'sv', name: anna.name }), browserLanguages: ['sv'], mocks: [summary()] });

    const sheet = within(await screen.findByTestId('case-summary'));
    const number = sheet.getByTestId('summary-number');
    expect(number).toHaveTextContent('STO-2026-0042');
    expect(number).toHaveClass('case-summary-number');
    expect(number.tagName).toBe('BDI');
    expect(withoutIsolates(sheet.getByTestId('summary-printed').textContent ?? '')).toMatch(/^Utskriven .+ av Anna Lindqvist, Stockholms stad, Frivillig återvandring$/);

    // Each part in its own section (a page of its own on paper), in order.
    const sections = sheet.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(sections).toEqual(['Återvändare', 'Hushåll', 'Destination och status', 'Statushistorik', 'Samtycken', 'Remisser', 'Uppföljning']);
    expect(document.querySelectorAll('section.case-summary-section')).toHaveLength(7);
    expect(within(sheet.getByTestId('summary-returnee')).getByText('Hawre Karim')).toBeInTheDocument();
    expect(withoutIsolates(sheet.getByTestId('summary-consents').textContent ?? '')).toContain('CLDD Baghdad');
    expect(withoutIsolates(sheet.getByTestId('summary-referrals').textContent ?? '')).toContain('CLDD Baghdad, skickad');
    const follow = within(sheet.getByTestId('summary-follow-up'));
    expect(follow.getByTestId('summary-arrival')).toHaveTextContent(/^Anlände /);
    expect(follow.getByText('وصل مع العائلة.')).toHaveAttribute('dir', 'auto');
    expect(follow.getByTestId('summary-plan')).toHaveTextContent('Rent a flat in Karrada');
    expect(follow.getByTestId('summary-visits')).toHaveTextContent('The family has moved in.');
    expect(follow.getByText(/^Hållbarhetsbedömningar$/)).toBeInTheDocument();

    // The controls are not printed.
    const button = screen.getByTestId('print-summary');
    expect(button.closest('[data-print-hidden]')).not.toBeNull();
    expect(sheet.getByTestId('summary-number').closest('[data-print-hidden]')).toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('reads right to left in Arabic', async () => {
    renderApp({ path: '/cases/case-42/summary', session: signedIn(['SUPERVISOR'], { language: 'ar' }), browserLanguages: ['ar'], mocks: [summary()] });
    const sheet = within(await screen.findByTestId('case-summary'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(sheet.getByRole('heading', { level: 3, name: 'العائد' })).toBeInTheDocument();
    expect(sheet.getByTestId('summary-number')).toHaveTextContent('STO-2026-0042');
  });

  it('is not offered to a partner, and a partner who opens it is told it is not theirs to print', async () => {
    const partnerCase = caseDetails({ viewerIsOwner: false, referrals: [referral('ref-1', baghdad, { allowedActions: [] })] });
    renderApp({ path: '/cases/case-42/summary', session: baghdadPartner('en'), mocks: [summary({ viewerIsOwner: false, followUp: null })] });
    expect(await screen.findByRole('heading', { name: 'Summary not available' })).toBeInTheDocument();
    expect(screen.getByText('Only the organisation that owns the case can print its summary.')).toBeInTheDocument();
    expect(screen.queryByTestId('case-summary')).not.toBeInTheDocument();

    // On the case page, the owner has the link and the partner has not.
    const owner = renderApp({ path: '/cases/case-42', session: signedIn(['CASEWORKER']), mocks: [{ request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: caseDetails() } } }] });
    expect(await screen.findByTestId('case-summary-link')).toHaveAttribute('href', '/cases/case-42/summary');
    owner.unmount();
    renderApp({ path: '/cases/case-42', session: baghdadPartner('en'), mocks: [{ request: { query: caseQuery, variables: { id: 'case-42' } }, result: { data: { case: partnerCase } } }] });
    expect(await screen.findByTestId('case-title')).toBeInTheDocument();
    expect(screen.queryByTestId('case-summary-link')).not.toBeInTheDocument();
  });
});
