import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionPage } from '../../../test/connection';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import {
  completeConsultationFollowUpMutation,
  deleteStaffConsultationMutation,
  staffConsultationQuery,
  staffConsultationsQuery,
} from './staff-support-operations';
import { consultationDetails, departmentsMock, socialServices } from './staff-support-test-data';

const detailsMock = (consultation = consultationDetails()) => ({
  request: { query: staffConsultationQuery, variables: { id: consultation.id } },
  result: { data: { staffConsultation: consultation } },
});

/** Consultation-1's page as its caseworker, with the page's own query answered and these mocks besides. */
function openConsultation(...mocks: MockLink.MockedResponse[]) {
  return renderApp({ path: '/staff-support/consultation-1', session: signedIn(['CASEWORKER']), mocks: [detailsMock(), ...mocks] });
}

describe('consultation page', () => {
  it('shows every field, the department linked to its directory entry', async () => {
    renderApp({ path: '/staff-support/consultation-1', session: signedIn(['CASEWORKER']), mocks: [detailsMock()] });

    const page = await screen.findByTestId('consultation-page');
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent('Consultation, 2 Mar 2026');
    expect(within(screen.getByTestId('consultation-department-value')).getByRole('link', { name: socialServices.name })).toHaveAttribute(
      'href',
      `/contacts/${socialServices.id}`,
    );
    const details = screen.getByTestId('consultation-details');
    expect(details).toHaveTextContent('Rinkeby-Kista');
    expect(details).toHaveTextContent('Phone');
    expect(details).toHaveTextContent('Return support rules');
    expect(details).toHaveTextContent('Iraq');
    expect(details).toHaveTextContent('30 minutes');
    expect(screen.getByTestId('consultation-question')).toHaveTextContent('A family asks whether the grant covers a child born in Sweden.');
    expect(details).toHaveTextContent('Yes; the grant is per person.');
    expect(screen.queryByTestId('consultation-participants-value')).not.toBeInTheDocument();
    const followUp = screen.getByTestId('consultation-follow-up-card');
    expect(followUp).toHaveTextContent('Send the grant leaflet in Arabic');
    expect(followUp).toHaveTextContent('9 Mar 2026');
    expect(followUp).toHaveTextContent('Jonas Ek');
    expect(screen.getByTestId('consultation-edit')).toHaveAttribute('href', '/staff-support/consultation-1/edit');
  });

  it('shows a training’s participants, and a department named outside the directory', async () => {
    renderApp({
      path: '/staff-support/consultation-1',
      session: signedIn(['SUPERVISOR']),
      mocks: [detailsMock(consultationDetails({ channel: 'TRAINING', participants: 25, departmentContact: null, department: 'Komvux Järva', followUpTask: null }))],
    });

    expect(await screen.findByTestId('consultation-participants-value')).toHaveTextContent('25');
    expect(screen.getByTestId('consultation-department-value')).toHaveTextContent('Komvux Järva (not in the directory)');
    expect(within(screen.getByTestId('consultation-department-value')).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByTestId('consultation-follow-up-card')).toHaveTextContent('No follow-up.');
  });

  it('marks the follow-up done', async () => {
    let completed = 0;
    const { user } = openConsultation(
      {
        request: { query: completeConsultationFollowUpMutation, variables: { id: 'consultation-1' } },
        result: () => {
          completed += 1;
          const done = consultationDetails();
          return { data: { completeConsultationFollowUp: { ...done, followUpTask: { ...done.followUpTask!, doneAt: '2026-03-08T09:00:00.000Z' } } } };
        },
      },
    );

    await user.click(await screen.findByTestId('consultation-complete-follow-up'));

    expect(await screen.findByTestId('consultation-follow-up-done')).toHaveTextContent('Done 8 Mar 2026');
    expect(completed).toBe(1);
    expect(screen.queryByTestId('consultation-complete-follow-up')).not.toBeInTheDocument();
  });

  it('says why the follow-up could not be marked done', async () => {
    const { user } = openConsultation(
      {
        request: { query: completeConsultationFollowUpMutation, variables: { id: 'consultation-1' } },
        result: graphQLError('There is no open follow-up.', 'INVALID_TRANSITION'),
      },
    );

    await user.click(await screen.findByTestId('consultation-complete-follow-up'));

    expect(await screen.findByRole('alert')).toHaveTextContent('The follow-up could not be marked as done.');
  });

  it('deletes after asking, and goes back to the log', async () => {
    let deleted = false;
    const { user, router } = openConsultation(
      {
        request: { query: deleteStaffConsultationMutation, variables: { id: 'consultation-1' } },
        result: () => {
          deleted = true;
          return { data: { deleteStaffConsultation: 'consultation-1' } };
        },
      },
      departmentsMock,
      {
        request: { query: staffConsultationsQuery, variables: () => true },
        result: { data: { staffConsultations: connectionPage('StaffConsultationConnection', []) } },
      },
    );

    await user.click(await screen.findByTestId('consultation-delete'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the consultation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toBe(false);

    await user.click(screen.getByTestId('consultation-delete'));
    await user.click(await screen.findByTestId('consultation-delete-confirm'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff-support'));
    expect(deleted).toBe(true);
    expect(await screen.findByTestId('consultation-deleted')).toHaveTextContent('The consultation is deleted.');
  });

  it('answers a consultation that is not there like one that is not the viewer’s', async () => {
    renderApp({
      path: '/staff-support/nope',
      session: signedIn(['CASEWORKER']),
      mocks: [{ request: { query: staffConsultationQuery, variables: { id: 'nope' } }, result: graphQLError('Not found.', 'NOT_FOUND') }],
    });

    expect(await screen.findByTestId('consultation-load-failed')).toHaveTextContent('There is no such consultation, or it is not yours to see.');
  });
});
