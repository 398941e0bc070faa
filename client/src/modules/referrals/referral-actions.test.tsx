import type { Language } from '@cirkel/i18n';
import { ApolloLink } from '@apollo/client/link';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { AppProviders } from '../../app/app-providers';
import { createCache } from '../../core/apollo/create-apollo-client';
import { SessionStore } from '../../core/auth/session-store';
import { createI18n } from '../../core/i18n/create-i18n';
import type { ReferralAction, ReferralStatus } from '../../gql/graphql';
import { ReferralActions } from './referral-actions';
import { acceptReferralMutation, declineReferralMutation } from './referral-operations';

function referralState(status: ReferralStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Referral',
    id: 'ref-1',
    status,
    allowedActions: [],
    declineReason: null,
    respondedAt: '2026-03-02T10:00:00.000Z',
    revokedAt: null,
    completedAt: null,
    respondedBy: { __typename: 'StaffMember', nameLatin: null, nameArabic: null, id: 'u-layla', name: 'Layla Al-Rawi' },
    ...overrides,
  };
}

function renderActions(allowedActions: ReferralAction[], mocks: MockLink.MockedResponse[] = [], language: Language = 'en') {
  const onDone = vi.fn();
  const i18n = createI18n({ storage: window.localStorage, browserLanguages: [language] });
  const link = ApolloLink.from([new MockLink(mocks, { defaultOptions: { delay: 0 } })]);
  const user = userEvent.setup();
  render(
    <MockedProvider link={link} cache={createCache()}>
      <AppProviders i18n={i18n} session={new SessionStore(signedIn(['PARTNER_CASEWORKER'], { language }))} mantineEnv="test">
        <ReferralActions referral={{ id: 'ref-1', status: 'PENDING', allowedActions }} onDone={onDone} />
      </AppProviders>
    </MockedProvider>,
  );
  return { user, onDone };
}

describe('ReferralActions', () => {
  it('offers exactly the actions the server allows', () => {
    renderActions(['ACCEPT', 'DECLINE']);
    const group = screen.getByRole('group', { name: 'What you can do with this referral' });
    expect(within(group).getAllByRole('button').map((button) => button.textContent)).toEqual(['Accept', 'Decline']);
    expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as completed' })).not.toBeInTheDocument();
  });

  it('offers revoke and complete to the sender, and nothing when no action is allowed', () => {
    renderActions(['REVOKE', 'COMPLETE']);
    expect(within(screen.getByTestId('referral-actions')).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Mark as completed',
      'Revoke',
    ]);
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('renders nothing when no action is allowed', () => {
    renderActions([]);
    expect(screen.queryByTestId('referral-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('refuses to decline without a reason, then sends the trimmed reason', async () => {
    let sent: Record<string, unknown> | undefined;
    const { user, onDone } = renderActions(
      ['ACCEPT', 'DECLINE'],
      [
        {
          request: { query: declineReferralMutation, variables: { id: 'ref-1', reason: 'No housing capacity in Prijedor.' } },
          result: (variables) => {
            sent = variables;
            return { data: { declineReferral: referralState('DECLINED', { declineReason: variables.reason }) } };
          },
        },
      ],
    );

    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the referral' });
    const reason = within(dialog).getByRole('textbox', { name: /^Reason for declining/ });

    await user.click(within(dialog).getByRole('button', { name: 'Decline referral' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Write why you decline the referral.'));

    // Blanks are no reason either.
    await user.type(reason, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Decline referral' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBeUndefined();
    expect(onDone).not.toHaveBeenCalled();

    await user.clear(reason);
    await user.type(reason, '  No housing capacity in Prijedor.  ');
    expect(reason).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Decline referral' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(sent).toEqual({ id: 'ref-1', reason: 'No housing capacity in Prijedor.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it("puts the server's refusal of the reason on the reason field", async () => {
    const message = 'Ange ett skäl.';
    const { user, onDone } = renderActions(
      ['DECLINE'],
      [
        {
          request: { query: declineReferralMutation, variables: { id: 'ref-1', reason: 'x' } },
          result: graphQLError(message, 'BAD_USER_INPUT', { field: 'reason' }),
        },
      ],
    );
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the referral' });
    const reason = within(dialog).getByRole('textbox', { name: /^Reason for declining/ });
    await user.type(reason, 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Decline referral' }));

    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps the reason and says so when the network fails', async () => {
    const { user, onDone } = renderActions(
      ['DECLINE'],
      [{ request: { query: declineReferralMutation, variables: { id: 'ref-1', reason: 'Family moved to Tuzla.' } }, error: new Error('offline') }],
    );
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the referral' });
    const reason = within(dialog).getByRole('textbox', { name: /^Reason for declining/ });
    await user.type(reason, 'Family moved to Tuzla.');
    await user.click(within(dialog).getByRole('button', { name: 'Decline referral' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Cirkel could not be reached');
    expect(alert).toHaveTextContent('What you wrote is still here');
    expect(reason).toHaveValue('Family moved to Tuzla.');
    expect(onDone).not.toHaveBeenCalled();
  });

  it("asks before accepting and shows the server's message when it refuses", async () => {
    const message = 'Remissen är redan besvarad.';
    const { user, onDone } = renderActions(
      ['ACCEPT', 'DECLINE'],
      [{ request: { query: acceptReferralMutation, variables: { id: 'ref-1' } }, result: graphQLError(message, 'INVALID_TRANSITION') }],
    );
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the referral' });
    await user.click(within(dialog).getByRole('button', { name: 'Accept referral' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('accepts after confirmation and reports back', async () => {
    const { user, onDone } = renderActions(
      ['ACCEPT', 'DECLINE'],
      [
        {
          request: { query: acceptReferralMutation, variables: { id: 'ref-1' } },
          result: { data: { acceptReferral: referralState('ACCEPTED', { allowedActions: [] }) } },
        },
      ],
    );
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the referral' });
    await user.click(within(dialog).getByRole('button', { name: 'Accept referral' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('speaks Arabic', async () => {
    renderActions(['ACCEPT', 'DECLINE'], [], 'ar');
    expect(await screen.findByRole('button', { name: 'قبول' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'رفض' })).toBeInTheDocument();
  });
});
