import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionPage } from '../../../test/connection';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { completeOutreachFollowUpMutation, deleteOutreachActivityMutation, outreachActivitiesQuery, outreachActivityQuery, outreachPageSize } from './outreach-operations';
import { activityDetails, amra } from './outreach-test-data';

const shown = (activity = activityDetails()) => ({
  request: { query: outreachActivityQuery, variables: { id: activity.id } },
  result: { data: { outreachActivity: activity } },
});

describe('outreach activity page', () => {
  it('shows everything recorded, with links to the directory entries', async () => {
    renderApp({ path: '/outreach/activity-1', session: signedIn(['CASEWORKER']), mocks: [shown()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Information evening in Rinkeby' })).toBeInTheDocument();
    expect(screen.getByTestId('outreach-kind')).toHaveTextContent('Information meeting');
    expect(screen.getByTestId('outreach-held-on')).toHaveTextContent('12 Nov 2026');
    expect(within(screen.getByTestId('outreach-contacts')).getByRole('link', { name: 'Somaliska föräldranätverket Järvafältet' })).toHaveAttribute(
      'href',
      '/contacts/contact-2',
    );
    expect(screen.getByTestId('outreach-women')).toHaveTextContent('14');
    expect(screen.getByTestId('outreach-men')).toHaveTextContent('9');
    expect(screen.getByTestId('outreach-under18')).toHaveTextContent('3');
    expect(screen.getByText(/Hodan Warsame \(Samordnare\)/)).toBeInTheDocument();
    expect(screen.getByText('Many questions about the grant.')).toBeInTheDocument();
    expect(screen.getByText('90 minutes')).toBeInTheDocument();
    expect(screen.getByTestId('outreach-edit')).toHaveAttribute('href', '/outreach/activity-1/edit');
  });

  it('names the staff in the reader’s script, with the name as written beside it', async () => {
    const layla = { __typename: 'StaffMember' as const, id: 'user-3', name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null };
    const activity = activityDetails({ heldBy: [amra, layla], followUpTask: { ...activityDetails().followUpTask!, owner: layla } });
    renderApp({ path: '/outreach/activity-1', session: signedIn(['CASEWORKER']), mocks: [shown(activity)] });

    const followUp = await screen.findByTestId('outreach-follow-up');
    const plain = (element: HTMLElement) => (element.textContent ?? '').replace(/[\u2068\u2069]/g, '');
    expect(plain(followUp)).toContain('Layla Al-Rawi (ليلى الراوي)');
    expect(plain(screen.getByTestId('outreach-page'))).toContain('Amra Hodžić and Layla Al-Rawi (ليلى الراوي)');
  });

  it('marks the follow-up done', async () => {
    const done = activityDetails({
      version: 2,
      followUpTask: { ...activityDetails().followUpTask!, doneAt: '2026-11-20T09:00:00.000Z' },
    });
    const { user } = renderApp({
      path: '/outreach/activity-1',
      session: signedIn(['CASEWORKER']),
      mocks: [shown(), { request: { query: completeOutreachFollowUpMutation, variables: { id: 'activity-1' } }, result: { data: { completeOutreachFollowUp: done } } }],
    });

    const followUp = within(await screen.findByTestId('outreach-follow-up'));
    expect(followUp.getByText('Send the leaflet in Somali')).toBeInTheDocument();
    expect(followUp.getByText(/Due 15 Jan 2030/)).toHaveTextContent('Johan Berg');
    await user.click(followUp.getByTestId('outreach-complete-follow-up'));

    expect(await followUp.findByTestId('outreach-follow-up-done')).toHaveTextContent('Done 20 Nov 2026');
    expect(followUp.queryByTestId('outreach-complete-follow-up')).not.toBeInTheDocument();
  });

  it('deletes the activity after asking, and goes back to the list', async () => {
    let deleted = false;
    const { user, router } = renderApp({
      path: '/outreach/activity-1',
      session: signedIn(['SUPERVISOR']),
      mocks: [
        shown(),
        {
          request: { query: deleteOutreachActivityMutation, variables: { id: 'activity-1' } },
          result: () => {
            deleted = true;
            return { data: { deleteOutreachActivity: 'activity-1' } };
          },
        },
        {
          request: { query: outreachActivitiesQuery, variables: { filter: {}, first: outreachPageSize } },
          result: { data: { outreachActivities: connectionPage('OutreachActivityConnection', []) } },
          maxUsageCount: 2,
        },
      ],
    });

    await user.click(await screen.findByTestId('outreach-delete'));
    expect(await screen.findByText(/will be deleted/)).toBeInTheDocument();
    expect(deleted).toBe(false);
    await user.click(screen.getByTestId('outreach-confirm-delete'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/outreach'));
    expect(deleted).toBe(true);
  });
});
