import type { Language } from '@cirkel/i18n';
import { createContext, use, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginInput, SessionPayloadFragment } from '../../gql/graphql';
import type { ApolloAccess } from '../apollo/apollo-access';
import { currentLanguage } from '../i18n/create-i18n';
import { useSelectLanguage } from '../i18n/use-select-language';
import { loginMutation, logoutMutation, setMyLanguageMutation } from './session-operations';
import type { SessionState, SessionStore, SessionUser } from './session-store';

interface SessionActions {
  /** Signs in with e-mail and password (rejects with the server's error) and starts the session. */
  login(input: LoginInput): Promise<void>;
  /** Starts a session from the answer to `login`. */
  signIn(payload: SessionPayloadFragment): Promise<void>;
  /** Revokes the refresh cookie on the server, forgets the session and empties the cache. */
  logout(): Promise<void>;
  /** Switches the interface language and, when signed in, stores it as the person's language. */
  changeLanguage(language: Language): Promise<void>;
  /** Takes the person as the server now knows them (after choosing their first password, say). */
  updateUser(user: SessionUser): void;
}

const SessionContext = createContext<{ store: SessionStore; actions: SessionActions } | null>(null);

const noApollo: ApolloAccess = {
  current: () => null,
  load: () => Promise.reject(new Error('no Apollo client was given to SessionProvider')),
  provided: false,
};

/**
 * The session for the whole app. It does not import Apollo Client: signing in and restoring go
 * through the store's own requests (fetch), and what needs Apollo (the cache, signed-in
 * mutations) asks `apollo` for it, which by then has been loaded.
 */
export function SessionProvider({ store, apollo = noApollo, children }: { store: SessionStore; apollo?: ApolloAccess; children: ReactNode }) {
  const { i18n } = useTranslation();
  const selectLanguage = useSelectLanguage();
  const state = useSyncExternalStore(store.subscribe, store.getState);

  useEffect(() => store.restore(apollo.current() ?? undefined), [store, apollo]);

  // A signed-in person's stored language wins over the browser's remembered choice.
  const storedLanguage = state.status === 'authenticated' ? state.user.language : null;
  useEffect(() => {
    if (storedLanguage && storedLanguage !== currentLanguage(i18n)) selectLanguage(storedLanguage);
  }, [storedLanguage, i18n, selectLanguage]);

  const signIn = useCallback(
    async (payload: SessionPayloadFragment) => {
      // Whoever signs in starts from an empty cache: nothing a previous session read survives.
      // (A client not created yet has read nothing.)
      await apollo.current()?.clearStore();
      store.signIn(payload);
    },
    [apollo, store],
  );

  const login = useCallback(
    async (input: LoginInput) => {
      const data = await store.execute(loginMutation, { input });
      await signIn(data.login);
    },
    [store, signIn],
  );

  const logout = useCallback(async () => {
    const client = apollo.current() ?? (await apollo.load().catch(() => null));
    try {
      await client?.mutate({ mutation: logoutMutation, context: { skipSessionRefresh: true } });
    } catch {
      // Signed out here even if the server could not be told; the cookie then expires on its own.
    }
    store.signOut('signed-out');
    await client?.clearStore();
  }, [apollo, store]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      selectLanguage(language);
      if (!store.user) return;
      const client = await apollo.load();
      const { data } = await client.mutate({ mutation: setMyLanguageMutation, variables: { language } });
      if (data) store.updateUser(data.setMyLanguage);
    },
    [apollo, store, selectLanguage],
  );

  const updateUser = useCallback((user: SessionUser) => store.updateUser(user), [store]);

  const value = useMemo(
    () => ({ store, actions: { login, signIn, logout, changeLanguage, updateUser } }),
    [store, login, signIn, logout, changeLanguage, updateUser],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

function useSessionContext() {
  const context = use(SessionContext);
  if (!context) throw new Error('useSession must be used inside <SessionProvider>');
  return context;
}

export type Session = SessionState & SessionActions;

export function useSession(): Session {
  const { store, actions } = useSessionContext();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}

/** The signed-in person; only for components under the route guard. */
export function useCurrentUser(): SessionUser {
  const session = useSession();
  if (session.status !== 'authenticated') throw new Error('useCurrentUser needs a signed-in session');
  return session.user;
}
