import './app/shell-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { appRoutes } from './app/routes';
import { createApolloClient } from './core/apollo/create-apollo-client';
import { SessionStore } from './core/auth/session-store';
import { createI18n, currentLanguage, loadLanguage } from './core/i18n/create-i18n';
import { installTypedDirection } from './core/i18n/input-direction';
import { browserStorage, detectInitialLanguage } from './core/i18n/language-preference';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Only the chosen language's texts are fetched, and before the first render, so that nothing
// shows in another language; meanwhile the router already fetches the first page's own chunk.
const language = detectInitialLanguage(browserStorage(), navigator.languages);
const texts = loadLanguage(language);
const session = new SessionStore();
const router = createBrowserRouter(appRoutes);
installTypedDirection();

function render(into: HTMLElement) {
  const i18n = createI18n({ language });
  const client = createApolloClient({ session, getLanguage: () => currentLanguage(i18n) });
  createRoot(into).render(
    <StrictMode>
      <App client={client} i18n={i18n} session={session} router={router} />
    </StrictMode>,
  );
}

// Should the texts fail to arrive (the network), the app still starts, with its keys for texts.
const start = () => render(container);
void texts.then(start, start);
