import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { SessionStore } from '../core/auth/session-store';
import { AppProviders } from './app-providers';

export interface AppProps {
  client: ApolloClient;
  i18n: I18n;
  session: SessionStore;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, i18n, session, router }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <AppProviders i18n={i18n} session={session}>
        <RouterProvider router={router} />
      </AppProviders>
    </ApolloProvider>
  );
}
