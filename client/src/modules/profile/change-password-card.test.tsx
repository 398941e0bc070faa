import { ApolloLink } from '@apollo/client/link';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { graphQLError } from '../../../test/fixtures';
import { createCache } from '../../core/apollo/create-apollo-client';
import { createI18n } from '../../core/i18n/create-i18n';
import { ChangePasswordCard } from './change-password-card';
import { changeMyPasswordMutation } from './change-password-operations';

function renderCard(mocks: MockLink.MockedResponse[]) {
  const i18n = createI18n({ storage: window.localStorage, browserLanguages: ['en-GB'] });
  render(
    <MockedProvider link={ApolloLink.from([new MockLink(mocks, { defaultOptions: { delay: 0 } })])} cache={createCache()}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider env="test">
          <ChangePasswordCard />
        </MantineProvider>
      </I18nextProvider>
    </MockedProvider>,
  );
  return userEvent.setup();
}

const input = { currentPassword: 'the old one', newPassword: 'granite lantern orchard' };

describe('change password (profile)', () => {
  it('changes the password and says the other sessions were signed out', async () => {
    const user = renderCard([{ request: { query: changeMyPasswordMutation, variables: { input } }, result: { data: { changeMyPassword: true } } }]);
    await user.type(screen.getByTestId('current-password'), input.currentPassword);
    await user.type(screen.getByTestId('new-password'), input.newPassword);
    await user.type(screen.getByTestId('new-password-confirmation'), input.newPassword);
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByTestId('password-changed')).toHaveTextContent('Your other sessions have been signed out.');
    expect(screen.getByTestId('current-password')).toHaveValue('');
  });

  it('puts a wrong current password on its field, and checks the new one before asking', async () => {
    const user = renderCard([
      {
        request: { query: changeMyPasswordMutation, variables: { input } },
        result: graphQLError('Your current password is wrong.', 'BAD_USER_INPUT', { field: 'currentPassword' }),
      },
    ]);
    await user.type(screen.getByTestId('current-password'), input.currentPassword);
    await user.type(screen.getByTestId('new-password'), 'too short');
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText('At least 12 characters.')).toBeInTheDocument();
    await user.clear(screen.getByTestId('new-password'));
    await user.type(screen.getByTestId('new-password'), input.newPassword);
    await user.type(screen.getByTestId('new-password-confirmation'), input.newPassword);
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText('Your current password is wrong.')).toBeInTheDocument();
    expect(screen.getByTestId('current-password')).toHaveAttribute('aria-invalid', 'true');
  });
});
