import { ApolloLink } from '@apollo/client/link';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../src/app/app-providers';
import { appRoutes } from '../src/app/routes';
import { createCache } from '../src/core/apollo/create-apollo-client';
import { createSessionLinks } from '../src/core/apollo/session-links';
import { SessionStore, type SessionState } from '../src/core/auth/session-store';
import { createI18n, currentLanguage } from '../src/core/i18n/create-i18n';

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
 * The real app (routes, guards, providers, session links) in memory, with Apollo's
 * MockedProvider standing in for the server.
 */
export function renderApp({ path = '/', mocks = [], browserLanguages = ['en-GB'], session }: RenderAppOptions = {}) {
  const i18n = createI18n({ storage: window.localStorage, browserLanguages });
  const store = new SessionStore(session);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const link = ApolloLink.from([
    createSessionLinks({ session: store, getLanguage: () => currentLanguage(i18n) }),
    new MockLink(mocks, { defaultOptions: { delay: 0 } }),
  ]);
  const user = userEvent.setup();
  const view = render(
    <MockedProvider link={link} cache={createCache()}>
      <AppProviders i18n={i18n} session={store} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  return { ...view, user, router, i18n, session: store };
}
