import type { i18n as I18n } from 'i18next';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { ApolloAccess } from '../core/apollo/apollo-access';
import type { SessionStore } from '../core/auth/session-store';
import { AppProviders } from './app-providers';

export interface AppProps {
  apollo: ApolloAccess;
  i18n: I18n;
  session: SessionStore;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ apollo, i18n, session, router }: AppProps) {
  return (
    <AppProviders i18n={i18n} session={session} apollo={apollo}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
