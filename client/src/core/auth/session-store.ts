import type { ApolloClient } from '@apollo/client';
import type { SessionPayloadFragment, SessionUserFragment } from '../../gql/graphql';
import { refreshSessionMutation } from './session-operations';
import { apolloSessionRequests, type SessionRequests } from './session-requests';

export type SessionUser = SessionUserFragment;

/**
 * Why nobody is signed in: never was (or the cookie no longer works), the session ran out while
 * in use, or the person signed out. Only an expired session sends them back where they were.
 */
export type SignedOutReason = 'none' | 'expired' | 'signed-out';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason: SignedOutReason }
  | { status: 'authenticated'; accessToken: string; accessTokenExpiresAt: string; user: SessionUser };

/**
 * The signed-in session, in memory only: the access token never reaches localStorage, and a
 * reload restores the session from the httpOnly refresh cookie. React reads it through
 * `useSyncExternalStore`; Apollo links read the token directly.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<string | null> | null = null;
  private restoreStarted = false;

  constructor(
    initial: SessionState = { status: 'restoring' },
    /** How refreshSession reaches the server; without it, through the Apollo client a caller passes. */
    private requests: SessionRequests | null = null,
  ) {
    this.state = initial;
  }

  /** Sets how the session talks to the server (main.tsx: fetch; the tests: their mocked Apollo). */
  useRequests(requests: SessionRequests): void {
    this.requests = requests;
  }

  /** Sends a session request (login) the way refreshSession goes; a client is needed only when none was set. */
  execute: SessionRequests['execute'] = (document, variables) => {
    if (!this.requests) throw new Error('SessionStore has no way to reach the server: call useRequests first');
    return this.requests.execute(document, variables);
  };

  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get accessToken(): string | null {
    return this.state.status === 'authenticated' ? this.state.accessToken : null;
  }

  get user(): SessionUser | null {
    return this.state.status === 'authenticated' ? this.state.user : null;
  }

  signIn(payload: SessionPayloadFragment): void {
    this.set({
      status: 'authenticated',
      accessToken: payload.accessToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt,
      user: payload.user,
    });
  }

  updateUser(user: SessionUser): void {
    if (this.state.status === 'authenticated' && this.state.user.id === user.id) this.set({ ...this.state, user });
  }

  signOut(reason: SignedOutReason): void {
    this.set({ status: 'anonymous', reason });
  }

  /**
   * Asks the server for a new access token with the refresh cookie. However many requests find
   * their token expired at once, only one `refreshSession` is in flight; all wait for it.
   * Resolves to the new token, or null when the session could not be renewed (then signed out).
   *
   * Tabs share the refresh cookie, and the server treats a second use of one refresh token as
   * theft (it revokes the whole family). So tabs take turns through a Web Lock: a tab that waited
   * sends the cookie the previous one just received.
   */
  refresh(client?: ApolloClient): Promise<string | null> {
    const requests = this.requests ?? (client ? apolloSessionRequests(client) : null);
    const exchange = () => (requests ? requests.execute(refreshSessionMutation) : Promise.reject(new Error('SessionStore has no way to reach the server')));
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    this.refreshing ??= (locks ? locks.request('cirkel.session-refresh', exchange) : exchange())
      .then((data) => {
        this.signIn(data.refreshSession);
        return data.refreshSession.accessToken;
      })
      .catch(() => {
        // The cache is emptied at the next sign-in, not here: clearing it now would fail the
        // requests still waiting for this refresh with an error that means nothing to a person.
        this.signOut(this.state.status === 'authenticated' ? 'expired' : 'none');
        return null;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** Restores the session from the refresh cookie once, when the app starts. */
  restore(client?: ApolloClient): void {
    if (this.restoreStarted || this.state.status !== 'restoring') return;
    this.restoreStarted = true;
    void this.refresh(client);
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
