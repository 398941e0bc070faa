import './app/shell-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { appRoutes } from './app/routes';
import { createApolloClient } from './core/apollo/create-apollo-client';
import { SessionStore } from './core/auth/session-store';
import { createI18n, currentLanguage } from './core/i18n/create-i18n';
import { installTypedDirection } from './core/i18n/input-direction';

const i18n = createI18n();
const session = new SessionStore();
const client = createApolloClient({ session, getLanguage: () => currentLanguage(i18n) });
const router = createBrowserRouter(appRoutes);
installTypedDirection();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={client} i18n={i18n} session={session} router={router} />
  </StrictMode>,
);
