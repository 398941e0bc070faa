import { ApolloLink } from '@apollo/client/link';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import { Observable, type Subscription } from 'rxjs';
import type { SessionStore } from '../auth/session-store';

/** The close code with which the server refuses a connection whose token is missing, expired or invalid. */
export const unauthorizedCloseCode = 4401;

export interface LiveLinkOptions {
  session: SessionStore;
  /** ws:// or wss:// on this origin, at /graphql (the server serves GraphQL and the socket on one port). */
  url?: string;
  /** Tests pass a fake WebSocket class; browsers use their own. */
  webSocketImpl?: ClientOptions['webSocketImpl'];
  /** How long to wait before the n-th attempt to reconnect after the connection dropped. */
  retryWait?: (retries: number) => Promise<void>;
}

export interface LiveLink {
  /** The terminating link for subscriptions. */
  link: ApolloLink;
  /** Stops following the session and closes the socket. */
  dispose(): void;
}

/** The socket URL for a page's location: same origin, `/graphql`, secure when the page is. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

// 1 s, 2 s, 4 s … at most 30 s, plus up to a second of jitter so that many tabs do not return at once.
async function backOff(retries: number): Promise<void> {
  const seconds = Math.min(2 ** retries, 30);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + Math.floor(Math.random() * 1000)));
}

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;
}

/**
 * Subscriptions over graphql-ws, tied to the session:
 * - the socket opens only when the first subscription starts, and only when signed in;
 * - `connectionParams` is read at every connection, so it always carries the current access token;
 * - when the token changes (renewed, or another person signs in) the socket is replaced at once and
 *   graphql-ws subscribes again on the new one; when the session ends the socket is closed;
 * - when the server refuses the token (close code 4401) the session is renewed once and the
 *   subscription starts again; if renewing fails the subscription ends with the error.
 * A subscription may put `liveReconnected` in its context: it is called after the connection came
 * back by itself (a network drop), so that the caller can fetch what it may have missed.
 */
export function createLiveLink({ session, url, webSocketImpl, retryWait = backOff }: LiveLinkOptions): LiveLink {
  let current: { client: Client; transport: GraphQLWsLink } | null = null;
  /** The token sent with the open (or opening) connection. */
  let connectedWith: string | null = null;
  /** Set when we close the socket ourselves to change the token: reconnect at once, not after a back-off. */
  let replacing = false;
  /** Set when the server refused the last connection's token. */
  let refused = false;
  /** Counts acknowledged connections, so that a refusal renews the session once per connection, not in a loop. */
  let connections = 0;
  const reconnectListeners = new Set<() => void>();

  const connection = () => {
    if (current) return current;
    const client = createClient({
      url: url ?? (() => liveUrl()),
      webSocketImpl,
      lazy: true,
      connectionParams: () => {
        const token = session.accessToken;
        connectedWith = token;
        // Without a token the server refuses the connection (4401), which renews the session below.
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      retryAttempts: 20,
      // Network failures reach graphql-ws as error events, not close events: retry those too.
      // A refused token (4401) is never retried by graphql-ws itself; the link below handles it.
      shouldRetry: () => true,
      retryWait: async (retries) => {
        if (replacing) {
          replacing = false;
          return;
        }
        await retryWait(retries);
      },
      on: {
        connected: (_socket, _payload, wasRetry) => {
          connections += 1;
          refused = false;
          if (wasRetry) for (const listener of [...reconnectListeners]) listener();
        },
        closed: (event) => {
          connectedWith = null;
          if (closeCode(event) === unauthorizedCloseCode) refused = true;
        },
      },
    });
    current = { client, transport: new GraphQLWsLink(client) };
    return current;
  };

  const close = () => {
    const open = current;
    current = null;
    connectedWith = null;
    replacing = false;
    if (open) void open.client.dispose();
  };

  const stopFollowingSession = session.subscribe(() => {
    const token = session.accessToken;
    if (!token) {
      close();
    } else if (current && connectedWith && connectedWith !== token) {
      // graphql-ws treats its own "terminated" close as retryable: it reconnects (asking for
      // connectionParams again) and subscribes every active subscription on the new socket.
      replacing = true;
      current.client.terminate();
    }
  });

  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let stopped = false;
        let renewedAtConnection = -1;
        const onReconnected = operation.getContext().liveReconnected;
        if (onReconnected) reconnectListeners.add(onReconnected);

        const start = () => {
          if (!session.accessToken) {
            observer.error(new Error('Live updates need a signed-in session.'));
            return;
          }
          inner = connection()
            .transport.request(operation)
            .subscribe({
              next: (result) => observer.next(result),
              complete: () => observer.complete(),
              error: (error: unknown) => {
                if (!refused || renewedAtConnection === connections) {
                  observer.error(error);
                  return;
                }
                renewedAtConnection = connections;
                void session.refresh(operation.client).then((token) => {
                  if (stopped) return;
                  if (token) start();
                  else observer.error(error);
                });
              },
            });
        };

        start();
        return () => {
          stopped = true;
          if (onReconnected) reconnectListeners.delete(onReconnected);
          inner?.unsubscribe();
        };
      }),
  );

  return {
    link,
    dispose: () => {
      stopFollowingSession();
      close();
    },
  };
}
