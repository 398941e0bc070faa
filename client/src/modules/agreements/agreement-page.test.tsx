import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import type { Role } from '../../gql/graphql';
import { agreementQuery, confirmAgreementMutation, terminateAgreementMutation } from './agreement-operations';
import { agreementDetail } from './agreement-test-data';

const request = (id: string) => ({ query: agreementQuery, variables: { id } });

const proposedToStockholm = agreementDetail({
  id: 'a3',
  title: 'Stockholm–Prijedor follow-up',
  referenceNumber: 'KS 2026/0099',
  status: 'PROPOSED',
  parties: [
    ['pri', '2026-02-01T10:00:00.000Z'],
    ['sto', null],
  ],
  viewerCanConfirm: true,
  viewerCanTerminate: true,
});

/** The agreement's page as a coordinator (unless the test says who); `mocks` answer what the page sends next. */
function openAgreement(agreement: ReturnType<typeof agreementDetail>, mocks: RenderAppOptions['mocks'] = [], roles: Role[] = ['COORDINATOR']) {
  return renderApp({
    path: `/agreements/${agreement.id}`,
    session: signedIn(roles),
    mocks: [{ request: request(agreement.id), result: { data: { agreement } } }, ...mocks],
  });
}

describe('agreement page', () => {
  it("shows each party's confirmation and offers a coordinator confirm and terminate", async () => {
    openAgreement(proposedToStockholm);

    expect(await screen.findByRole('heading', { name: 'Stockholm–Prijedor follow-up' })).toBeInTheDocument();
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('Proposed');
    const parties = screen.getAllByTestId('agreement-party').map((row) => row.textContent);
    expect(parties[0]).toMatch(/Općina Prijedor.*Confirmed on 1 Feb 2026/);
    expect(parties[1]).toMatch(/Stockholms stad.*Not confirmed yet/);
    expect(screen.getByTestId('agreement-validity')).toHaveTextContent(/1 Jan 2026.*31 Dec 2027/);
    expect(screen.getByRole('button', { name: 'Confirm agreement' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terminate' })).toBeInTheDocument();
  });

  it('offers neither action when the server allows none', async () => {
    const inForce = agreementDetail({ id: 'a1', title: 'Stockholm–Baghdad referrals' });
    openAgreement(inForce, [], ['CASEWORKER']);
    expect(await screen.findByRole('heading', { name: 'Stockholm–Baghdad referrals' })).toBeInTheDocument();
    expect(screen.queryByTestId('agreement-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm agreement' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).not.toBeInTheDocument();
  });

  it('offers terminate but not confirm once the own party has confirmed', async () => {
    const confirmed = agreementDetail({ id: 'a1', title: 'Stockholm–Baghdad referrals', viewerCanTerminate: true });
    openAgreement(confirmed);
    expect(await screen.findByRole('button', { name: 'Terminate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm agreement' })).not.toBeInTheDocument();
  });

  it('confirms on behalf of the organisation', async () => {
    const { user } = openAgreement(proposedToStockholm, [
      {
        request: { query: confirmAgreementMutation, variables: { id: 'a3' } },
        result: {
          data: {
            confirmAgreement: {
              ...proposedToStockholm,
              status: 'IN_FORCE',
              viewerCanConfirm: false,
              parties: proposedToStockholm.parties.map((party) => ({ ...party, confirmedAt: party.confirmedAt ?? '2026-03-05T09:00:00.000Z' })),
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Confirm agreement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the agreement' });
    expect(dialog).toHaveTextContent('Confirm agreement KS 2026/0099 on behalf of Stockholms stad, Frivillig återvandring?');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('You confirmed agreement KS 2026/0099.')).toBeInTheDocument();
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('In force');
    expect(screen.getAllByTestId('agreement-party')[1]).toHaveTextContent('Confirmed on 5 Mar 2026');
    expect(screen.queryByRole('button', { name: 'Confirm agreement' })).not.toBeInTheDocument();
  });

  it('terminates only with a reason, and then shows who ended it and why', async () => {
    let sentReason: unknown;
    const reason = 'The project funding ended.';
    const { user } = openAgreement(proposedToStockholm, [
      {
        request: { query: terminateAgreementMutation, variables: { id: 'a3', reason } },
        result: (variables) => {
          sentReason = variables.reason;
          return {
            data: {
              terminateAgreement: {
                ...proposedToStockholm,
                status: 'TERMINATED',
                viewerCanConfirm: false,
                viewerCanTerminate: false,
                terminatedAt: '2026-03-06T12:00:00.000Z',
                terminationReason: reason,
                terminatedBy: { __typename: 'Organisation', nameLatin: null, nameArabic: null, id: 'org-sto', name: 'Stockholms stad, Frivillig återvandring' },
              },
            },
          };
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Terminate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terminate the agreement' });
    const reasonField = within(dialog).getByRole('textbox', { name: /^Reason for terminating/ });
    await user.click(within(dialog).getByRole('button', { name: 'Terminate agreement' }));
    expect(reasonField).toHaveAttribute('aria-invalid', 'true');
    expect(sentReason).toBeUndefined();

    await user.type(reasonField, reason);
    await user.click(within(dialog).getByRole('button', { name: 'Terminate agreement' }));
    await waitFor(() => expect(sentReason).toBe(reason));

    const termination = await screen.findByTestId('agreement-termination');
    expect(termination).toHaveTextContent('Terminated by Stockholms stad, Frivillig återvandring on 6 Mar 2026');
    expect(termination).toHaveTextContent(reason);
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('Terminated');
    expect(screen.queryByTestId('agreement-actions')).not.toBeInTheDocument();
  });

  it("shows the server's refusal to confirm in the dialog", async () => {
    const message = 'Only a coordinator can confirm an agreement.';
    const { user } = openAgreement(proposedToStockholm, [
      { request: { query: confirmAgreementMutation, variables: { id: 'a3' } }, result: graphQLError(message, 'FORBIDDEN') },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Confirm agreement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the agreement' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
  });

  it('says so when the agreement is not there for this organisation', async () => {
    renderApp({
      path: '/agreements/elsewhere',
      session: signedIn(['COORDINATOR'], { language: 'bs' }),
      mocks: [{ request: request('elsewhere'), result: graphQLError('Nije pronađeno.', 'NOT_FOUND') }],
    });
    expect(await screen.findByRole('heading', { name: 'Sporazum nije pronađen' })).toBeInTheDocument();
  });
});
