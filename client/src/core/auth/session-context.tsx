import { useApolloClient } from '@apollo/client/react';
import type { Language } from '@cirkel/i18n';
import { createContext, use, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionPayloadFragment } from '../../gql/graphql';
import { currentLanguage } from '../i18n/create-i18n';
import { useSelectLanguage } from '../i18n/use-select-language';
import { logoutMutation, setMyLanguageMutation } from './session-operations';
import type { SessionState, SessionStore, SessionUser } from './session-store';

interface SessionActions {
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

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const selectLanguage = useSelectLanguage();
  const state = useSyncExternalStore(store.subscribe, store.getState);

  useEffect(() => store.restore(client), [store, client]);

  // A signed-in person's stored language wins over the browser's remembered choice.
  const storedLanguage = state.status === 'authenticated' ? state.user.language : null;
  useEffect(() => {
    if (storedLanguage && storedLanguage !== currentLanguage(i18n)) selectLanguage(storedLanguage);
  }, [storedLanguage, i18n, selectLanguage]);

  const signIn = useCallback(
    async (payload: SessionPayloadFragment) => {
      // Whoever signs in starts from an empty cache: nothing a previous session read survives.
      await client.clearStore();
      store.signIn(payload);
    },
    [client, store],
  );

  const logout = useCallback(async () => {
    try {
      await client.mutate({ mutation: logoutMutation, context: { skipSessionRefresh: true } });
    } catch {
      // Signed out here even if the server could not be told; the cookie then expires on its own.
    }
    store.signOut('signed-out');
    await client.clearStore();
  }, [client, store]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      selectLanguage(language);
      if (!store.user) return;
      const { data } = await client.mutate({ mutation: setMyLanguageMutation, variables: { language } });
      if (data) store.updateUser(data.setMyLanguage);
    },
    [client, store, selectLanguage],
  );

  const updateUser = useCallback((user: SessionUser) => store.updateUser(user), [store]);

  const value = useMemo(
    () => ({ store, actions: { signIn, logout, changeLanguage, updateUser } }),
    [store, signIn, logout, changeLanguage, updateUser],
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
