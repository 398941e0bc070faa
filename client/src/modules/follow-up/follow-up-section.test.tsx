import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { withoutIsolates } from '../../components/bidi-isolate';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { baghdad, caseDetails, referral } from '../cases/case-test-fixtures';
import { acceptReferralMutation } from '../referrals/referral-operations';
import { baghdadPartner } from '../referrals/referral-test-data';
import {
  confirmArrivalMutation,
  recordFollowUpVisitMutation,
  recordSustainabilityAssessmentMutation,
  saveReintegrationPlanMutation,
} from './follow-up-operations';
import {
  acceptedCase,
  assessment,
  caseMock,
  followUp,
  followUpMock,
  indicatorDefinitions,
  layla,
  noMessagesMock,
  plan,
  visit,
} from './follow-up-test-fixtures';
import { answering, refusing } from '../../../test/mutation-mocks';

/** Everything the follow-up shows, recorded: arrival, a plan, two visits (the latest overdue), an assessment. */
function recordedFollowUp(overrides: Partial<FollowUpDetailsFragment> = {}) {
  return followUp({
    arrival: { __typename: 'Arrival', arrivedOn: '2026-03-05', notes: 'Staying with his brother.', recordedBy: layla, recordedAt: '2026-03-05T15:00:00.000Z' },
    plan: plan(),
    visits: [
      visit('visit-2', { visitedOn: '2026-04-10', nextVisitOn: '2026-05-10', overdue: true, narrative: 'التقينا في الشقة الجديدة.' }),
      visit('visit-1', { visitedOn: '2026-03-20', nextVisitOn: '2026-04-10', narrative: 'First visit at the brother’s house.' }),
    ],
    assessments: [assessment('assessment-1')],
    overdue: true,
    nextVisitOn: '2026-05-10',
    ...overrides,
  });
}

/** Case 42's page, as a caseworker of its office unless the test says who. */
function openCase(mocks: RenderAppOptions['mocks'], session = signedIn(['CASEWORKER'])) {
  return renderApp({ path: '/cases/case-42', session, mocks });
}

/** Case 42 opened by the partner's caseworker: the case, this follow-up, no messages, then the test's own answers. */
function openAsPartner(shown: FollowUpDetailsFragment, ...more: MockLink.MockedResponse[]) {
  return openCase([caseMock(), followUpMock(shown), noMessagesMock(), ...more], baghdadPartner());
}

/** Answers a mutation, whatever it is sent, with `data`; `keep` gets the input first. */
type Part = 'arrival' | 'plan' | 'visits' | 'assessments';

/** The disclosure button at the head of a follow-up part. */
const toggleOf = async (part: Part) => screen.findByTestId(`${part}-part-toggle`);

/** Opens these parts of the follow-up (those already open stay open). */
async function openParts(user: UserEvent, ...parts: Part[]) {
  for (const part of parts) {
    const toggle = await toggleOf(part);
    if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
}

/** Which parts stand open, in page order. */
function openedParts() {
  return (['arrival', 'plan', 'visits', 'assessments'] as const).filter((part) => screen.getByTestId(`${part}-part-toggle`).getAttribute('aria-expanded') === 'true');
}

/** The four scores as the section shows them, once it shows them. */
async function shownScores() {
  const scores = within(await screen.findByTestId('assessment-scores'));
  return Object.fromEntries(['economic', 'social', 'psychosocial', 'overall'].map((key) => [key, scores.getByTestId(`score-${key}-value`).textContent]));
}

describe('follow-up section', () => {
  it.each([
    ['the arrival, until it is confirmed', followUp(), 'arrival'],
    ['the plan, once the returnee has arrived', recordedFollowUp({ plan: null, visits: [], assessments: [], overdue: false, nextVisitOn: null }), 'plan'],
    ['the visits, once there is a plan', recordedFollowUp({ visits: [], assessments: [], overdue: false, nextVisitOn: null }), 'visits'],
  ] as const)('opens only the step at hand: %s', async (_, shown, step) => {
    openAsPartner(shown);

    await screen.findByTestId(`${step}-part-summary`);
    await waitFor(() => expect(openedParts()).toEqual([step]));
  });

  it('sums up each part in a line, and opens and closes it with its button', async () => {
    const { user } = openAsPartner(followUp());

    const toggle = await toggleOf('arrival');
    expect(screen.getByTestId('arrival-part-summary')).toHaveTextContent('Not confirmed yet');
    expect(screen.getByTestId('plan-part-summary')).toHaveTextContent('No plan yet');
    expect(screen.getByTestId('visits-part-summary')).toHaveTextContent('No visits yet');
    expect(screen.getByTestId('assessments-part-summary')).toHaveTextContent('No assessment yet');
    // A heading that is a button, telling whether it is open and what it opens; the part is a region named by its title.
    expect(screen.getByRole('heading', { level: 3, name: /^Arrival/ })).toContainElement(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).toContainElement(screen.getByTestId('confirm-arrival'));
    expect(screen.getByRole('region', { name: 'Arrival' })).toContainElement(panel);
    expect(screen.queryByTestId('plan-editor')).not.toBeInTheDocument();

    // What was typed survives closing the part.
    await user.type(screen.getByTestId('arrival-notes'), 'Met at the airport.');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    await user.click(toggle);
    expect(screen.getByTestId('arrival-notes')).toHaveValue('Met at the airport.');
    expect(panel).toBeVisible();

    // By keyboard too.
    const plan = await toggleOf('plan');
    plan.focus();
    await user.keyboard('{Enter}');
    expect(plan).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByTestId('plan-editor')).toBeVisible();
  });

  it('after the partner accepts the referral on the case page, says so and moves to the arrival', async () => {
    const pending = caseDetails({
      viewerIsOwner: false,
      allowedTransitions: [],
      referrals: [referral('ref-1', baghdad, { allowedActions: ['ACCEPT', 'DECLINE'] })],
    });
    const { user } = openCase(
      [
        caseMock(pending),
        noMessagesMock(),
        {
          request: { query: acceptReferralMutation, variables: { id: 'ref-1' } },
          result: {
            data: {
              acceptReferral: {
                __typename: 'Referral',
                id: 'ref-1',
                status: 'ACCEPTED',
                allowedActions: [],
                declineReason: null,
                respondedAt: '2026-03-02T10:00:00.000Z',
                revokedAt: null,
                completedAt: null,
                respondedBy: layla,
              },
            },
          },
        },
        // Everything on the page is fetched again after the answer.
        caseMock(acceptedCase()),
        noMessagesMock(),
        followUpMock(followUp()),
      ],
      baghdadPartner(),
    );

    await user.click(await screen.findByTestId('referral-action-ACCEPT'));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the referral' });
    await user.click(within(dialog).getByRole('button', { name: 'Accept referral' }));

    const notice = await screen.findByTestId('referral-accepted-notice');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('You have accepted the referral. The next step is below: confirm the returnee');
    const arrival = await toggleOf('arrival');
    await waitFor(() => expect(arrival).toHaveFocus());
    expect(arrival).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('confirm-arrival')).toBeVisible();
    expect(openedParts()).toEqual(['arrival']);
  });

  it('gives the partner the editors, with what has been recorded so far', async () => {
    const { user } = openCase([caseMock(), followUpMock(recordedFollowUp()), noMessagesMock()], baghdadPartner());

    const section = within(await screen.findByTestId('follow-up-section'));
    // Arrival and plan are there: the visits are the step at hand, the rest is summed up in a line.
    expect(await section.findByTestId('visit-form')).toBeInTheDocument();
    expect(openedParts()).toEqual(['visits']);
    expect(section.getByTestId('arrival-part-summary')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(section.getByTestId('plan-part-summary')).toHaveTextContent('2 goals, last changed 2 Apr 2026');
    expect(section.getByTestId('visits-part-summary')).toHaveTextContent('2 visits, the latest on 10 Apr 2026');
    expect(section.getByTestId('visits-part-overdue')).toHaveTextContent('Overdue');
    expect(section.getByTestId('assessments-part-summary')).toHaveTextContent('Latest on 20 Apr 2026: 54% overall');
    for (const closed of ['plan-editor', 'assessment-form', 'arrival-confirmed']) expect(section.queryByTestId(closed), closed).not.toBeInTheDocument();

    await openParts(user, 'arrival', 'plan', 'assessments');
    expect(await section.findByTestId('plan-editor')).toBeInTheDocument();
    expect(section.getByTestId('visit-form')).toBeInTheDocument();
    expect(section.getByTestId('assessment-form')).toBeInTheDocument();
    expect(section.queryByTestId('follow-up-read-only')).not.toBeInTheDocument();
    // Arrival is confirmed once: no form once it is.
    expect(section.getByTestId('arrival-confirmed')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(section.queryByTestId('confirm-arrival')).not.toBeInTheDocument();

    const rows = section.getAllByTestId('plan-goal-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('plan-goal-description')).toHaveValue('Rent a flat in Karrada');
    expect(within(rows[0]!).getByTestId('plan-goal-domain')).toHaveValue('HOUSING');
    expect(within(rows[0]!).getByTestId('plan-goal-target')).toHaveValue('2026-06-30');
    expect(section.getByTestId('plan-budget-amount')).toHaveValue('1500.00');
    expect(section.getByTestId('plan-budget-currency')).toHaveValue('EUR');
    expect(section.getByTestId('plan-budget-preview')).toHaveTextContent('€1,500.00');

    const visits = section.getAllByTestId('visit-row');
    expect(visits.map((row) => within(row).getByTestId('visit-row-date').textContent)).toEqual(['10 Apr 2026', '20 Mar 2026']);
    expect(within(visits[0]!).getByTestId('visit-overdue')).toHaveTextContent('Overdue');
    expect(within(visits[1]!).queryByTestId('visit-overdue')).not.toBeInTheDocument();
    expect(section.getByTestId('follow-up-overdue')).toHaveTextContent('Follow-up visit overdue');
    // A narrative may be written in any language: the browser picks its direction.
    expect(within(visits[0]!).getByTestId('visit-row-narrative')).toHaveAttribute('dir', 'auto');
  });

  it('shows the referring office the same follow-up, read only', async () => {
    const { user } = openCase([caseMock(acceptedCase(true)), followUpMock(recordedFollowUp({ viewerCanWrite: false })), noMessagesMock()]);

    const section = within(await screen.findByTestId('follow-up-section'));
    const note = await section.findByTestId('follow-up-read-only');
    await openParts(user, 'arrival', 'plan', 'visits', 'assessments');
    expect(withoutIsolates(note.textContent ?? '')).toContain('CLDD Baghdad records the follow-up');
    for (const editor of ['confirm-arrival', 'plan-editor', 'plan-add-goal', 'plan-save', 'visit-form', 'visit-submit', 'assessment-form', 'assessment-submit']) {
      expect(section.queryByTestId(editor), editor).not.toBeInTheDocument();
    }
    expect(section.queryAllByRole('textbox')).toEqual([]);

    expect(section.getByTestId('arrival-confirmed')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(section.getByText('Staying with his brother.')).toBeInTheDocument();
    const goals = section.getAllByTestId('plan-goal-row');
    expect(goals).toHaveLength(2);
    expect(within(goals[0]!).getByText('Housing')).toBeInTheDocument();
    expect(within(goals[0]!).getByText('Rent a flat in Karrada')).toBeInTheDocument();
    expect(within(goals[0]!).getByText('In progress')).toBeInTheDocument();
    expect(within(goals[0]!).getByText('30 Jun 2026')).toBeInTheDocument();
    expect(within(goals[1]!).getByText('No target date')).toBeInTheDocument();
    expect(section.getByTestId('plan-budget')).toHaveTextContent('Budget: €1,500.00');
    const visits = section.getAllByTestId('visit-row');
    expect(visits).toHaveLength(2);
    expect(within(visits[0]!).getByTestId('visit-overdue')).toBeInTheDocument();
    expect(within(visits[0]!).getByText('Housing: Fair')).toBeInTheDocument();
    expect(section.getByTestId('follow-up-overdue')).toBeInTheDocument();
    expect(section.getByTestId('follow-up-next-visit')).toHaveTextContent('Next visit 10 May 2026');
    expect(within(section.getByTestId('assessment-scores')).getByTestId('score-overall-value')).toHaveTextContent('54%');
  });

  it('shows what the partner recorded when the case is opened again from a notification', async () => {
    const { router } = openCase([
      caseMock(acceptedCase(true)),
      followUpMock(recordedFollowUp({ viewerCanWrite: false, visits: [] })),
      noMessagesMock(),
      followUpMock(recordedFollowUp({ viewerCanWrite: false })),
      noMessagesMock(),
    ]);

    const section = within(await screen.findByTestId('follow-up-section'));
    expect(await section.findByTestId('visits-none')).toBeInTheDocument();

    // The notification's link is this very page: the router keeps it mounted.
    await act(() => router.navigate('/cases/case-42'));

    await waitFor(() => expect(section.getAllByTestId('visit-row')).toHaveLength(2));
  });

  it('confirms the arrival with its date and notes', async () => {
    let sent: unknown;
    const { user } = openAsPartner(
      followUp(),
      answering(confirmArrivalMutation, (input) => (sent = input), {
        confirmArrival: followUp({
          arrival: { __typename: 'Arrival', arrivedOn: '2026-03-05', notes: 'Met at the airport.', recordedBy: layla, recordedAt: '2026-03-05T15:00:00.000Z' },
        }),
      }),
    );

    const form = within(await screen.findByTestId('confirm-arrival'));
    const date = form.getByTestId('arrival-date');
    await user.clear(date);
    await user.type(date, '2026-03-05');
    await user.type(form.getByTestId('arrival-notes'), 'Met at the airport.');
    await user.click(form.getByTestId('confirm-arrival-submit'));

    expect(await screen.findByTestId('arrival-confirmed')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(sent).toEqual({ caseId: 'case-42', arrivedOn: '2026-03-05', notes: 'Met at the airport.' });
    expect(screen.queryByTestId('confirm-arrival')).not.toBeInTheDocument();
    expect(screen.getByText('The arrival has been confirmed.')).toBeInTheDocument();
    // The plan is the next step: it opens beside the arrival, whose notice stays in sight.
    expect(openedParts()).toEqual(['arrival', 'plan']);
    expect(screen.getByTestId('arrival-part-summary')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(await screen.findByTestId('plan-editor')).toBeInTheDocument();
  });

  it('asks before saving an early arrival, saying why, and saves it when confirmed', async () => {
    const sent: unknown[] = [];
    const reason = 'The owner still has this case at intake: the return has not been prepared. Confirm that the returnee has really arrived.';
    const { user } = openAsPartner(followUp(), {
      request: { query: confirmArrivalMutation, variables: () => true },
      result: (variables) => {
        sent.push(variables.input);
        return graphQLError(reason, 'CONFIRMATION_REQUIRED', { reason: 'INTAKE', field: 'arrivedOn' });
      },
    }, answering(confirmArrivalMutation, (input) => sent.push(input), {
      confirmArrival: followUp({ arrival: { __typename: 'Arrival', arrivedOn: '2026-03-05', notes: null, recordedBy: layla, recordedAt: '2026-03-05T15:00:00.000Z' } }),
    }));

    const form = within(await screen.findByTestId('confirm-arrival'));
    const date = form.getByTestId('arrival-date');
    await user.clear(date);
    await user.type(date, '2026-03-05');
    await user.click(form.getByTestId('confirm-arrival-submit'));

    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm an early arrival?' }));
    expect(dialog.getByTestId('early-arrival-reason')).toHaveTextContent(reason);
    expect(dialog.getByText(/the referring organisation is told/)).toBeInTheDocument();
    expect(screen.queryByTestId('arrival-confirmed')).not.toBeInTheDocument();
    await user.click(dialog.getByTestId('confirm-early-arrival'));

    expect(await screen.findByTestId('arrival-confirmed')).toHaveTextContent('Arrived on 5 Mar 2026');
    expect(sent).toEqual([
      { caseId: 'case-42', arrivedOn: '2026-03-05', notes: null },
      { caseId: 'case-42', arrivedOn: '2026-03-05', notes: null, confirmEarly: true },
    ]);
  });

  it('saves the whole plan with the version it started from, and explains a conflict', async () => {
    let sent: unknown;
    const latest = recordedFollowUp({
      plan: plan({
        version: 3,
        goals: [{ __typename: 'PlanGoal', id: 'goal-1', domain: 'HOUSING', description: 'Flat found in Karrada', status: 'ACHIEVED', targetDate: '2026-06-30' }],
        budget: { __typename: 'Money', amountMinor: 2_000_000, currency: 'IQD' },
      }),
    });
    const { user } = openAsPartner(
      recordedFollowUp(),
      refusing(saveReintegrationPlanMutation, (input) => (sent = input), graphQLError('Someone else changed this at the same time. Reload and try again.', 'CONFLICT')),
      followUpMock(latest),
    );

    await openParts(user, 'plan');
    const editor = within(await screen.findByTestId('plan-editor'));
    const first = within(editor.getAllByTestId('plan-goal-row')[0]!);
    await user.selectOptions(first.getByTestId('plan-goal-status'), 'ACHIEVED');
    // The second goal goes, a new one comes.
    await user.click(within(editor.getAllByTestId('plan-goal-row')[1]!).getByTestId('plan-goal-remove'));
    await user.click(editor.getByTestId('plan-add-goal'));
    const added = within(editor.getAllByTestId('plan-goal-row')[1]!);
    await user.selectOptions(added.getByTestId('plan-goal-domain'), 'INCOME_AND_WORK');
    await user.type(added.getByTestId('plan-goal-description'), '  Register at the employment office ');
    await user.type(added.getByTestId('plan-goal-target'), '2026-09-01');
    const amount = editor.getByTestId('plan-budget-amount');
    await user.clear(amount);
    await user.type(amount, '2500,5');
    await user.selectOptions(editor.getByTestId('plan-budget-currency'), 'IQD');
    expect(editor.getByTestId('plan-budget-preview')).toHaveTextContent(/IQD\s*2,500\.5/);
    await user.click(editor.getByTestId('plan-save'));

    const conflict = await editor.findByTestId('plan-conflict');
    expect(conflict).toHaveTextContent('Someone else changed the plan');
    expect(conflict).toHaveTextContent('your changes were not saved and nothing was overwritten');
    expect(sent).toEqual({
      caseId: 'case-42',
      version: 2,
      goals: [
        { id: 'goal-1', domain: 'HOUSING', description: 'Rent a flat in Karrada', status: 'ACHIEVED', targetDate: '2026-06-30' },
        { domain: 'INCOME_AND_WORK', description: 'Register at the employment office', status: 'NOT_STARTED', targetDate: '2026-09-01' },
      ],
      budget: { amountMinor: 2_500_500, currency: 'IQD' },
    });
    // Until reloaded, what was typed stays.
    expect(within(editor.getAllByTestId('plan-goal-row')[1]!).getByTestId('plan-goal-description')).toHaveValue('  Register at the employment office ');

    await user.click(within(conflict).getByTestId('plan-reload'));

    await waitFor(() => expect(screen.getAllByTestId('plan-goal-row')).toHaveLength(1));
    expect(screen.getByTestId('plan-goal-description')).toHaveValue('Flat found in Karrada');
    expect(screen.getByTestId('plan-goal-status')).toHaveValue('ACHIEVED');
    expect(screen.getByTestId('plan-budget-amount')).toHaveValue('2000.000');
    expect(screen.queryByTestId('plan-conflict')).not.toBeInTheDocument();
  });

  it('writes a first plan at version 0 and shows it saved', async () => {
    let sent: unknown;
    const { user } = openAsPartner(
      followUp(),
      answering(saveReintegrationPlanMutation, (input) => (sent = input), {
        saveReintegrationPlan: followUp({
          plan: plan({
            version: 1,
            goals: [{ __typename: 'PlanGoal', id: 'goal-9', domain: 'HOUSING', description: 'Find a flat', status: 'NOT_STARTED', targetDate: null }],
            budget: null,
          }),
        }),
      }),
    );

    await openParts(user, 'plan');
    const editor = within(await screen.findByTestId('plan-editor'));
    expect(editor.getByTestId('plan-no-goals')).toHaveTextContent('No reintegration plan has been written yet.');
    // The partner's own currency comes first.
    expect(editor.getByTestId('plan-budget-currency')).toHaveValue('IQD');
    await user.click(editor.getByTestId('plan-add-goal'));
    await user.click(editor.getByTestId('plan-save'));
    expect(editor.getByTestId('plan-goal-description')).toHaveAccessibleDescription('Please fill in this field.');
    expect(sent).toBeUndefined();

    await user.type(editor.getByTestId('plan-goal-description'), 'Find a flat');
    await user.click(editor.getByTestId('plan-save'));

    expect(await screen.findByTestId('plan-saved')).toHaveTextContent('The plan has been saved.');
    expect(sent).toEqual({
      caseId: 'case-42',
      version: 0,
      goals: [{ domain: 'HOUSING', description: 'Find a flat', status: 'NOT_STARTED', targetDate: null }],
      budget: null,
    });
    expect(screen.getByTestId('plan-goal-description')).toHaveValue('Find a flat');
  });

  it('records a visit with every domain, and keeps what was typed when the network fails', async () => {
    const sent: unknown[] = [];
    const expected = {
      caseId: 'case-42',
      visitedOn: '2026-04-25',
      mode: 'PHONE',
      domainStatuses: [
        { domain: 'HOUSING', status: 'GOOD' },
        { domain: 'INCOME_AND_WORK', status: 'POOR' },
        { domain: 'EDUCATION', status: 'NOT_ASSESSED' },
        { domain: 'HEALTH', status: 'FAIR' },
        { domain: 'PSYCHOSOCIAL', status: 'NOT_ASSESSED' },
        { domain: 'DOCUMENTS', status: 'NOT_ASSESSED' },
        { domain: 'SOCIAL_NETWORK', status: 'NOT_ASSESSED' },
      ],
      narrative: 'Called Hawre; the job interview went well.',
      nextVisitOn: '2026-05-25',
    };
    const { user } = openAsPartner(
      recordedFollowUp(),
      {
        request: { query: recordFollowUpVisitMutation, variables: { input: expected } },
        error: new TypeError('Failed to fetch'),
      },
      {
        request: { query: recordFollowUpVisitMutation, variables: { input: expected } },
        result: (variables) => {
          sent.push(variables.input);
          return { data: { recordFollowUpVisit: { __typename: 'FollowUpVisit', id: 'visit-3' } } };
        },
      },
      followUpMock(
        recordedFollowUp({
          visits: [visit('visit-3', { visitedOn: '2026-04-25', mode: 'PHONE', narrative: expected.narrative, nextVisitOn: '2026-05-25' }), ...recordedFollowUp().visits.map((v) => ({ ...v, overdue: false }))],
          overdue: false,
          nextVisitOn: '2026-05-25',
        }),
      ),
    );

    const form = within(await screen.findByTestId('visit-form'));
    const date = form.getByTestId('visit-date');
    await user.clear(date);
    await user.type(date, '2026-04-25');
    await user.selectOptions(form.getByTestId('visit-mode'), 'PHONE');
    await user.selectOptions(form.getByTestId('visit-domain-HOUSING'), 'GOOD');
    await user.selectOptions(form.getByTestId('visit-domain-INCOME_AND_WORK'), 'POOR');
    await user.selectOptions(form.getByTestId('visit-domain-HEALTH'), 'FAIR');
    await user.type(form.getByTestId('visit-narrative'), 'Called Hawre; the job interview went well. ');
    await user.type(form.getByTestId('visit-next-date'), '2026-05-25');
    await user.click(form.getByTestId('visit-submit'));

    const failed = await form.findByTestId('save-failed');
    expect(failed).toHaveTextContent('The visit could not be saved');
    expect(failed).toHaveTextContent('Cirkel could not be reached');
    expect(failed).toHaveTextContent('Nothing you entered has been lost');
    expect(form.getByTestId('visit-narrative')).toHaveValue('Called Hawre; the job interview went well. ');
    expect(form.getByTestId('visit-mode')).toHaveValue('PHONE');
    expect(form.getByTestId('visit-domain-INCOME_AND_WORK')).toHaveValue('POOR');
    expect(form.getByTestId('visit-next-date')).toHaveValue('2026-05-25');

    await user.click(form.getByTestId('visit-submit'));

    expect(await screen.findByTestId('visit-recorded')).toHaveTextContent('The visit has been recorded.');
    expect(sent).toEqual([expected]);
    await waitFor(() => expect(screen.getAllByTestId('visit-row')).toHaveLength(3));
    expect(within(screen.getAllByTestId('visit-row')[0]!).getByTestId('visit-row-narrative')).toHaveTextContent(expected.narrative);
    expect(screen.queryByTestId('visit-overdue')).not.toBeInTheDocument();
    // A fresh form for the next visit.
    expect(screen.getByTestId('visit-narrative')).toHaveValue('');
  });

  it("puts the server's refusal on the field it names", async () => {
    const { user } = openAsPartner(
      recordedFollowUp(),
      {
        request: { query: recordFollowUpVisitMutation, variables: () => true },
        result: graphQLError('Besöket kan inte vara före ankomsten.', 'BAD_USER_INPUT', { field: 'input.visitedOn' }),
      },
    );

    const form = within(await screen.findByTestId('visit-form'));
    const date = form.getByTestId('visit-date');
    await user.clear(date);
    await user.type(date, '2026-03-01');
    await user.type(form.getByTestId('visit-narrative'), 'Too early.');
    await user.click(form.getByTestId('visit-submit'));

    await waitFor(() => expect(form.getByTestId('visit-date')).toHaveAccessibleDescription('Besöket kan inte vara före ankomsten.'));
    expect(form.getByTestId('save-failed')).toHaveTextContent('Some of what you entered was not accepted');
    expect(form.getByTestId('visit-narrative')).toHaveValue('Too early.');
  });

  it('sends every answer and shows the scores the server computed', async () => {
    let sent: unknown;
    const answers = indicatorDefinitions.map(({ indicator }, index) => ({ indicator, value: index % 5 }));
    const { user } = openAsPartner(
      recordedFollowUp({ assessments: [] }),
      answering(recordSustainabilityAssessmentMutation, (input) => (sent = input), {
        recordSustainabilityAssessment: {
          __typename: 'SustainabilityAssessment',
          id: 'assessment-2',
          scores: { __typename: 'SustainabilityScores', economic: 0.375, social: 0.5, psychosocial: 0.625, overall: 0.5 },
        },
      }),
      followUpMock(
        recordedFollowUp({
          assessments: [
            assessment('assessment-2', {
              assessedOn: '2026-05-01',
              answers: answers.map((answer) => ({ __typename: 'IndicatorAnswer', ...answer })),
              scores: { __typename: 'SustainabilityScores', economic: 0.375, social: 0.5, psychosocial: 0.625, overall: 0.5 },
            }),
          ],
        }),
      ),
    );

    expect(await screen.findByTestId('assessments-part-summary')).toHaveTextContent('No assessment yet');
    await openParts(user, 'assessments');
    const form = within(await screen.findByTestId('assessment-form'));
    expect(screen.getByTestId('assessments-none')).toBeInTheDocument();
    // Grouped by dimension, in the order the server defines them.
    expect(within(form.getByTestId('assessment-dimension-SOCIAL')).getAllByTestId(/^assessment-indicator-/).map((group) => group.getAttribute('data-testid'))).toEqual([
      'assessment-indicator-SUPPORT_NETWORK',
      'assessment-indicator-COMMUNITY_PARTICIPATION',
      'assessment-indicator-SERVICE_ACCESS',
      'assessment-indicator-DOCUMENTS',
    ]);
    const date = form.getByTestId('assessment-date');
    await user.clear(date);
    await user.type(date, '2026-05-01');
    for (const { indicator, value } of answers.slice(0, 11)) await user.click(form.getByTestId(`assessment-${indicator}-${value}`));
    await user.click(form.getByTestId('assessment-submit'));
    expect(sent).toBeUndefined();
    expect(form.getByTestId('assessment-unanswered')).toHaveTextContent('1 indicator is not answered yet.');

    const last = answers[11]!;
    await user.click(form.getByTestId(`assessment-${last.indicator}-${last.value}`));
    await user.click(form.getByTestId('assessment-submit'));

    expect(await screen.findByTestId('assessment-recorded')).toBeInTheDocument();
    expect(sent).toEqual({ caseId: 'case-42', assessedOn: '2026-05-01', answers });
    expect(await shownScores()).toEqual({ economic: '38%', social: '50%', psychosocial: '63%', overall: '50%' });
  });

  it('shows the scores as the server sent them, not as the answers would add up', async () => {
    const { user } = openCase([caseMock(acceptedCase(true)), followUpMock(recordedFollowUp({ viewerCanWrite: false })), noMessagesMock()]);
    await openParts(user, 'assessments');

    // Every answer is 4 (very good), yet the server says otherwise: its word stands.
    expect(await shownScores()).toEqual({ economic: '56%', social: '25%', psychosocial: '81%', overall: '54%' });
  });

  it('reads right to left in Arabic, with dates and amounts in Arabic', async () => {
    const { user } = renderApp({
      path: '/cases/case-42',
      session: baghdadPartner('ar'),
      browserLanguages: ['ar'],
      mocks: [caseMock(), followUpMock(recordedFollowUp()), noMessagesMock()],
    });

    const section = await screen.findByTestId('follow-up-section');
    await openParts(user, 'arrival', 'plan');
    await within(section).findByTestId('plan-editor');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('متابعة إعادة الإدماج');
    const arrival = within(section).getByTestId('arrival-confirmed').textContent ?? '';
    expect(arrival).toContain(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-05T00:00:00Z')));
    const spaces = (text: string) => text.replace(/\s/g, ' ');
    expect(spaces(within(section).getByTestId('plan-budget-preview').textContent ?? '')).toContain(
      spaces(new Intl.NumberFormat('ar', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(1500)),
    );
    expect(within(section).getByTestId('visit-submit')).toHaveTextContent('حفظ الزيارة');
    expect(within(section).getByTestId('visit-domain-HOUSING').querySelector('option[value="GOOD"]')).toHaveTextContent('جيد');
  });
});
