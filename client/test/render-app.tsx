import { ApolloClient } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/app-providers';
import { appRoutes } from '../src/app/routes';
import { givenApollo } from '../src/core/apollo/apollo-access';
import { createCache } from '../src/core/apollo/create-apollo-client';
import { createSessionLinks } from '../src/core/apollo/session-links';
import { apolloSessionRequests } from '../src/core/auth/session-requests';
import { SessionStore, type SessionState } from '../src/core/auth/session-store';
import { createI18n, currentLanguage } from '../src/core/i18n/create-i18n';
import type { Role } from '../src/gql/graphql';
import { signedIn } from './fixtures';

export interface RenderAppOptions {
  /** Where the app starts. */
  path?: string;
  /** The server: every request the test expects, with its answer. */
  mocks?: MockLink.MockedResponse[];
  /** The browser's preferred languages. */
  browserLanguages?: string[];
  /** Start from a known session instead of restoring one from the (mocked) refresh cookie. */
  session?: SessionState;
}

/**
 * The real app (routes, guards, providers, session links) in memory, with Apollo's MockLink
 * standing in for the server.
 */
export function renderApp({ path = '/', mocks = [], browserLanguages = ['en-GB'], session }: RenderAppOptions = {}) {
  const i18n = createI18n({ storage: window.localStorage, browserLanguages });
  const store = new SessionStore(session);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const link = ApolloLink.from([
    createSessionLinks({ session: store, getLanguage: () => currentLanguage(i18n) }),
    new MockLink(mocks, { defaultOptions: { delay: 0 } }),
  ]);
  const client = new ApolloClient({ link, cache: createCache() });
  // Signing in and restoring go through the mocked server too (the app sends them with fetch).
  store.useRequests(apolloSessionRequests(client));
  const user = userEvent.setup();
  const view = render(
    <ApolloProvider client={client}>
      <AppProviders i18n={i18n} session={store} apollo={givenApollo(client)} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>,
  );
  return { ...view, user, router, i18n, session: store, client };
}

/** The app at `path` for someone of the organisation signed in with these roles (`signedIn`). */
export function renderSignedIn(path: string, roles: Role[], mocks: RenderAppOptions['mocks'] = []) {
  return renderApp({ path, session: signedIn(roles), mocks });
}
