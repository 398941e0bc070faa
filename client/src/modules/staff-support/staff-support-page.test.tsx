import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connectionPage } from '../../../test/connection';
import { signedIn } from '../../../test/fixtures';
import { onAPhone } from '../../../test/phone-screen';
import { renderApp } from '../../../test/render-app';
import type { ConsultationFilter } from '../../gql/graphql';
import { consultationPageSize, staffConsultationsQuery } from './staff-support-operations';
import { departmentsMock, listedConsultation, socialServices } from './staff-support-test-data';

/** Answers every list query, keeping the filters asked for, newest last. */
function listServer(nodes = [listedConsultation()]) {
  const asked: (ConsultationFilter | null | undefined)[] = [];
  const mock = {
    request: { query: staffConsultationsQuery, variables: () => true },
    result: (variables: { filter?: ConsultationFilter | null; first: number }) => {
      expect(variables.first).toBe(consultationPageSize);
      asked.push(variables.filter);
      return { data: { staffConsultations: connectionPage('StaffConsultationConnection', variables.filter ? nodes.slice(0, 1) : nodes) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, asked };
}

async function choose(user: UserEvent, testId: string, option: string) {
  await user.click(screen.getByTestId(testId));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('staff support log', () => {
  it('lists consultations with date, department, channel, topic, time and follow-up', async () => {
    const { mock } = listServer([
      listedConsultation({
        id: 'consultation-2',
        heldOn: '2026-03-05',
        channel: 'TRAINING',
        participants: 14,
        minutesSpent: 90,
        followUpTask: { __typename: 'FollowUpTask', dueOn: '2026-03-20', doneAt: null },
      }),
      listedConsultation({ departmentContact: null, department: 'Arbetsförmedlingen Järva', minutesSpent: null }),
    ]);
    renderApp({ path: '/staff-support', session: signedIn(['CASEWORKER']), mocks: [mock, departmentsMock] });

    const rows = await screen.findAllByTestId('consultation-row');
    expect(rows.map((row) => row.dataset.consultationId)).toEqual(['consultation-2', 'consultation-1']);
    const training = within(rows[0]!);
    expect(training.getByRole('link', { name: '5 Mar 2026' })).toHaveAttribute('href', '/staff-support/consultation-2');
    expect(training.getByText(socialServices.name)).toBeInTheDocument();
    expect(training.getByText('Training')).toBeInTheDocument();
    expect(training.getByTestId('consultation-participant-count')).toHaveTextContent('14 participants');
    expect(training.getByText('90 minutes')).toBeInTheDocument();
    expect(training.getByText('Due 20 Mar 2026')).toBeInTheDocument();
    const phone = within(rows[1]!);
    expect(phone.getByText('Arbetsförmedlingen Järva')).toBeInTheDocument();
    expect(phone.queryByTestId('consultation-participant-count')).not.toBeInTheDocument();
    expect(phone.getByText('Not recorded')).toBeInTheDocument();
    expect(phone.getByText('Return support rules')).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 consultations')).toBeInTheDocument();
    expect(screen.getByTestId('consultation-new')).toHaveAttribute('href', '/staff-support/new');
    expect(screen.getByRole('link', { name: 'Staff support' })).toHaveAttribute('aria-current', 'page');
  });

  it('asks the server for the filters chosen and keeps them in the address', async () => {
    const { mock, asked } = listServer();
    const { user, router } = renderApp({ path: '/staff-support', session: signedIn(['SUPERVISOR']), mocks: [mock, departmentsMock] });
    await screen.findAllByTestId('consultation-row');
    expect(asked).toEqual([null]);

    await choose(user, 'consultations-filter-channel', 'Training');
    await waitFor(() => expect(asked.at(-1)).toEqual({ channel: 'TRAINING' }));
    await choose(user, 'consultations-filter-topic', 'An individual case');
    await choose(user, 'consultations-filter-department', socialServices.name);
    fireEvent.change(screen.getByTestId('consultations-filter-from'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByTestId('consultations-filter-to'), { target: { value: '2026-03-31' } });

    await waitFor(() =>
      expect(asked.at(-1)).toEqual({ channel: 'TRAINING', topic: 'INDIVIDUAL_CASE', departmentContactId: socialServices.id, from: '2026-01-01', to: '2026-03-31' }),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      channel: 'TRAINING',
      topic: 'INDIVIDUAL_CASE',
      department: socialServices.id,
      from: '2026-01-01',
      to: '2026-03-31',
    });

    await user.click(screen.getByTestId('consultations-filter-clear'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(asked.at(-1)).toBeNull();
  });

  it('starts from the filters in the address', async () => {
    const { mock, asked } = listServer();
    renderApp({ path: '/staff-support?channel=MEETING&from=2026-02-01&topic=NOPE', session: signedIn(['COORDINATOR']), mocks: [mock, departmentsMock] });

    await screen.findAllByTestId('consultation-row');
    expect(asked[0]).toEqual({ channel: 'MEETING', from: '2026-02-01' });
  });

  it('says when there are none yet, and offers to record the first', async () => {
    const { mock } = listServer([]);
    renderApp({ path: '/staff-support', session: signedIn(['CASEWORKER']), mocks: [mock, departmentsMock] });

    const empty = await screen.findByTestId('consultations-empty');
    expect(empty).toHaveTextContent('No consultations yet');
    expect(within(empty).getByRole('link', { name: 'Record a consultation' })).toHaveAttribute('href', '/staff-support/new');
  });

  it('says so when the list cannot be loaded', async () => {
    renderApp({
      path: '/staff-support',
      session: signedIn(['CASEWORKER']),
      mocks: [{ request: { query: staffConsultationsQuery, variables: () => true }, error: new Error('Failed to fetch') }, departmentsMock],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The consultations could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is neither in the navigation nor open to analysts', async () => {
    renderApp({ path: '/staff-support', session: signedIn(['ANALYST']) });

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Staff support');
    expect(screen.queryByRole('link', { name: 'Staff support' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('consultation-new')).not.toBeInTheDocument();
  });

  describe('on a phone', () => {
    onAPhone();

    it('shows cards and folds the filters behind one button that counts them', async () => {
      const { mock } = listServer();
      const { user } = renderApp({ path: '/staff-support?channel=PHONE', session: signedIn(['CASEWORKER']), mocks: [mock, departmentsMock] });

      expect(await screen.findByTestId('list-cards')).toBeInTheDocument();
      expect(screen.getByTestId('filters-panel')).not.toBeVisible();
      expect(screen.getByTestId('filters-active')).toHaveTextContent('1 active');
      await user.click(screen.getByTestId('filters-toggle'));
      expect(screen.getByTestId('filters-panel')).toBeVisible();
    });
  });
});
