import './app/shell-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { appRoutes } from './app/routes';
import { lazyApollo } from './core/apollo/apollo-access';
import { fetchSessionRequests } from './core/auth/session-requests';
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
  const getLanguage = () => currentLanguage(i18n);
  // Signing in and restoring the session need no Apollo: the login form shows without its code.
  session.useRequests(fetchSessionRequests({ getLanguage }));
  const apollo = lazyApollo(() => import('./core/apollo/create-apollo-client').then((m) => m.createApolloClient({ session, getLanguage })));
  createRoot(into).render(
    <StrictMode>
      <App apollo={apollo} i18n={i18n} session={session} router={router} />
    </StrictMode>,
  );
  // Fetch Apollo once the first page is on screen (its route's chunk here and the session check
  // answered), when the browser is idle: on a slow line it must not compete with the login form.
  // A signed-in page asks for it at once (ApolloBoundary).
  const preload = () => void apollo.load().catch(() => undefined);
  const settled = () => router.state.initialized && session.getState().status !== 'restoring';
  const stops: Array<() => void> = [];
  const check = () => {
    if (!settled()) return;
    stops.forEach((stop) => stop());
    if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 3000 });
    else setTimeout(preload, 200);
  };
  stops.push(router.subscribe(check), session.subscribe(check));
  check();
}

// Should the texts fail to arrive (the network), the app still starts, with its keys for texts.
const start = () => render(container);
void texts.then(start, start);
