import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { field, choose } from '../../../test/form-fields';
import { renderApp } from '../../../test/render-app';
import {
  createSupervisionSessionMutation,
  supervisionCandidatesQuery,
  supervisionCaseOptionsQuery,
  supervisionPartnersQuery,
  supervisionSessionQuery,
} from './supervision-operations';
import { baghdad, bilal, eva, layla, omar, sessionDetails } from './supervision-test-data';
import { answering } from '../../../test/mutation-mocks';

const referredCase = (id: string, number: string, firstName: string, status: string, to = baghdad.id) => ({
  __typename: 'ReferralCase',
  id,
  number,
  returnee: { __typename: 'Returnee', firstName, lastName: 'Karim' },
  referrals: [{ __typename: 'Referral', id: `ref-${id}`, status, to: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: to } }],
});

const formMocks = [
  { request: { query: supervisionPartnersQuery }, result: { data: { supervisionPartners: [{ ...baghdad, country: 'IQ' }] } } },
  {
    request: { query: supervisionCandidatesQuery, variables: { partnerId: baghdad.id } },
    result: { data: { supervisionCandidates: [eva, bilal, layla, omar] } },
  },
  {
    request: { query: supervisionCaseOptionsQuery, variables: { partnerId: baghdad.id, first: 100 } },
    result: {
      data: {
        cases: {
          __typename: 'ReferralCaseConnection',
          totalCount: 2,
          edges: [
            { __typename: 'ReferralCaseEdge', node: referredCase('case-42', 'STO-2026-0042', 'Hawre', 'ACCEPTED') },
            // Declined: the partner no longer sees it, so it cannot be discussed with them.
            { __typename: 'ReferralCaseEdge', node: referredCase('case-43', 'STO-2026-0043', 'Shilan', 'DECLINED') },
          ],
        },
      },
    },
  },
];

async function fillSession(user: UserEvent) {
  await screen.findByTestId('supervision-form');
  await choose(user, field('partnerId'), 'CLDD Baghdad');
  await user.clear(field('heldOn'));
  await user.type(field('heldOn'), '2026-03-02');
  await user.click(screen.getByRole('radio', { name: 'In person' }));
  await user.type(field('topics'), 'Case load{Enter}Housing {Enter}');
  await choose(user, field('participantIds'), 'Layla Al-Rawi');
  await choose(user, field('caseIds'), 'STO-2026-0042 · Hawre Karim');
  await user.click(field('notes'));
  await user.paste('  Discussed the case load.  ');
  await user.click(screen.getByRole('button', { name: 'Add an action' }));
  const first = within(screen.getByRole('group', { name: 'Action 1' }));
  await user.click(first.getByRole('textbox', { name: 'Action' }));
  await user.paste('Share the housing checklist');
  await choose(user, field('actions.0.ownerId'), 'Layla Al-Rawi');
  await user.type(field('actions.0.dueOn'), '2026-03-20');
}

const expectedInput = {
  partnerId: baghdad.id,
  heldOn: '2026-03-02',
  mode: 'IN_PERSON',
  topics: ['Case load', 'Housing'],
  notes: 'Discussed the case load.',
  participantIds: [eva.id, layla.id],
  caseIds: ['case-42'],
  actions: [{ description: 'Share the housing checklist', ownerId: layla.id, dueOn: '2026-03-20' }],
};

describe('new supervision session', () => {
  it('sends exactly what was entered and opens the recorded session', async () => {
    let sent: unknown;
    const { user, router } = renderApp({
      path: '/supervision/new',
      session: signedIn(['SUPERVISOR'], { name: eva.name }),
      mocks: [
        ...formMocks,
        answering(createSupervisionSessionMutation, (input) => (sent = input), { createSupervisionSession: sessionDetails() }),
        { request: { query: supervisionSessionQuery, variables: { id: 'session-1' } }, result: { data: { supervisionSession: sessionDetails() } } },
      ],
    });

    await fillSession(user);
    // Only cases the partner may still see are offered.
    await user.click(field('caseIds'));
    expect(screen.queryByRole('option', { name: /STO-2026-0043/ })).not.toBeInTheDocument();

    await user.click(screen.getByTestId('supervision-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/supervision/session-1'));
    expect(sent).toEqual(expectedInput);
    expect(await screen.findByText('The session has been recorded. The participants have been notified.')).toBeInTheDocument();
  });

  it('keeps everything typed when the network fails, and says so', async () => {
    const { user, router } = renderApp({
      path: '/supervision/new',
      session: signedIn(['SUPERVISOR'], { name: eva.name }),
      mocks: [...formMocks, { request: { query: createSupervisionSessionMutation, variables: () => true }, error: new Error('Failed to fetch') }],
    });

    await fillSession(user);
    await user.click(screen.getByTestId('supervision-submit'));

    const alert = await screen.findByTestId('save-failed');
    expect(alert).toHaveTextContent('The session was not saved');
    expect(alert).toHaveTextContent('Cirkel could not be reached');
    expect(alert).toHaveTextContent('Everything you entered is still here.');
    expect(router.state.location.pathname).toBe('/supervision/new');
    expect(field('heldOn')).toHaveValue('2026-03-02');
    expect(field('notes')).toHaveValue('  Discussed the case load.  ');
    expect(screen.getByRole('radio', { name: 'In person' })).toBeChecked();
    expect(screen.getByTestId('supervision-form')).toHaveTextContent('Case load');
    expect(screen.getByTestId('supervision-form')).toHaveTextContent('STO-2026-0042 · Hawre Karim');
    expect(within(screen.getByRole('group', { name: 'Action 1' })).getByRole('textbox', { name: 'Action' })).toHaveValue('Share the housing checklist');
    expect(field('actions.0.dueOn')).toHaveValue('2026-03-20');
  });

  it("puts the server's refusal on the field it names", async () => {
    const { user } = renderApp({
      path: '/supervision/new',
      session: signedIn(['SUPERVISOR'], { name: eva.name }),
      mocks: [
        ...formMocks,
        {
          request: { query: createSupervisionSessionMutation, variables: () => true },
          result: graphQLError('This person cannot own an action of this session.', 'BAD_USER_INPUT', { field: 'actions.0.ownerId' }),
        },
      ],
    });

    await fillSession(user);
    await user.click(screen.getByTestId('supervision-submit'));

    await waitFor(() => expect(field('actions.0.ownerId')).toHaveAccessibleDescription('This person cannot own an action of this session.'));
    expect(field('actions.0.ownerId')).toHaveAttribute('aria-invalid', 'true');
    expect(field('notes')).toHaveValue('  Discussed the case load.  ');
  });

  it('names the supervisor among the participants before a partner is chosen, never by id', async () => {
    renderApp({ path: '/supervision/new', session: signedIn(['SUPERVISOR'], { name: eva.name }), mocks: formMocks });

    await screen.findByTestId('supervision-form');
    const participants = field('participantIds').closest('.mantine-MultiSelect-root') as HTMLElement;
    expect(within(participants).getByText(eva.name)).toBeInTheDocument();
    expect(participants).not.toHaveTextContent(eva.id);
  });

  it('asks for a partner and a valid date before sending anything', async () => {
    const { user } = renderApp({ path: '/supervision/new', session: signedIn(['SUPERVISOR'], { name: eva.name }), mocks: formMocks });

    await screen.findByTestId('supervision-form');
    await user.clear(field('heldOn'));
    await user.click(screen.getByTestId('supervision-submit'));

    expect(field('partnerId')).toHaveAccessibleDescription('Please fill in this field.');
    expect(field('heldOn')).toHaveAccessibleDescription('Please fill in this field.');
  });
});
