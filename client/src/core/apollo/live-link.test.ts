import { ApolloLink } from '@apollo/client/link';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { SessionStore } from '../auth/session-store';
import { createApolloClient } from './create-apollo-client';
import { liveUrl, unauthorizedCloseCode } from './live-link';

/**
 * Explicit synchronisation instead of polling against a clock: the fake server, its sockets and the
 * subscribers call `changed()` whenever something happens, and `until` re-checks its condition then.
 */
const waiting = new Map<() => void, string>();

function changed() {
  for (const check of [...waiting.keys()]) check();
}

function until(condition: () => boolean, what: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!condition()) return;
      waiting.delete(check);
      resolve();
    };
    waiting.set(check, what);
    check();
  });
}

interface Message {
  type: string;
  id?: string;
  payload?: Record<string, unknown>;
}

/**
 * A GraphQL-over-WebSocket server in memory: it accepts a connection only with one of
 * `validTokens`, and pushes events to every subscription on an acknowledged socket.
 */
class FakeLiveServer {
  readonly sockets: FakeSocket[] = [];
  validTokens = new Set<string>();

  get open(): FakeSocket[] {
    return this.sockets.filter((socket) => socket.readyState === FakeSocket.OPEN);
  }

  /** The bearer tokens sent in connection_init, one per connection, in order. */
  get tokensSent(): unknown[] {
    return this.sockets.flatMap((socket) => (socket.init ? [socket.init.authorization] : []));
  }

  receive(socket: FakeSocket, message: Message) {
    if (message.type === 'connection_init') {
      socket.init = message.payload ?? {};
      const token = String(socket.init.authorization ?? '').replace(/^Bearer /, '');
      if (this.validTokens.has(token)) socket.deliver({ type: 'connection_ack' });
      else socket.serverClose(unauthorizedCloseCode, 'Unauthorized');
    } else if (message.type === 'subscribe' && message.id) {
      socket.subscriptions.add(message.id);
    } else if (message.type === 'complete' && message.id) {
      socket.subscriptions.delete(message.id);
    }
    changed();
  }

  publish(data: unknown) {
    for (const socket of this.open) {
      for (const id of socket.subscriptions) socket.deliver({ id, type: 'next', payload: { data } });
    }
  }
}

let server = new FakeLiveServer();

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;

  readyState = FakeSocket.CONNECTING;
  init: Record<string, unknown> | null = null;
  closedWith: number | null = null;
  readonly subscriptions = new Set<string>();
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    server.sockets.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.({});
      changed();
    }, 0);
  }

  send(data: string) {
    server.receive(this, JSON.parse(data) as Message);
  }

  close(code = 1000, reason = '') {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.closedWith = code;
    this.onclose?.({ code, reason, wasClean: true });
    changed();
  }

  deliver(message: Message) {
    setTimeout(() => {
      this.onmessage?.({ data: JSON.stringify(message) });
      changed();
    }, 0);
  }

  serverClose(code: number, reason: string) {
    setTimeout(() => this.close(code, reason), 0);
  }
}

/** The HTTP side: RefreshSession renews to `renewTo`, or fails; Ping answers; anything else is an error. */
function httpServer(renewTo: () => string | null) {
  let refreshes = 0;
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        if (operation.operationName === 'RefreshSession') {
          refreshes += 1;
          const token = renewTo();
          observer.next(
            token
              ? {
                  data: {
                    refreshSession: {
                      __typename: 'AuthPayload',
                      accessToken: token,
                      accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
                      user: sessionUser(),
                    },
                  },
                }
              : { errors: [{ message: 'Signed out.', extensions: { code: 'UNAUTHENTICATED' } }], data: null },
          );
        } else if (operation.operationName === 'Ping') {
          observer.next({ data: { __typename: 'Query' } });
        } else {
          observer.next({ errors: [{ message: `unexpected ${operation.operationName ?? ''}` }], data: null });
        }
        observer.complete();
      }),
  );
  return { link, refreshes: () => refreshes };
}

const notificationAdded = parse(`
  subscription NotificationAdded {
    notificationAdded {
      id
      title
    }
  }
`);

const ping = parse('query Ping { __typename }');

const event = (id: string) => ({ notificationAdded: { __typename: 'Notification', id, title: `Notification ${id}` } });

function setUp({ renewTo = () => null as string | null } = {}) {
  const session = new SessionStore(signedIn());
  const http = httpServer(renewTo);
  const client = createApolloClient({
    session,
    getLanguage: () => 'en',
    terminatingLink: http.link,
    live: { url: 'ws://portal.test/graphql', webSocketImpl: FakeSocket, retryWait: () => new Promise((resolve) => setTimeout(resolve, 5)) },
  });
  const received: string[] = [];
  const errors: unknown[] = [];
  let ended = 0;
  const subscribe = () =>
    client.subscribe({ query: notificationAdded }).subscribe({
      // Apollo Client 4 reports a failed subscription as a result with `error`, not as an Observable error.
      next: (result) => {
        if (result.error) errors.push(result.error);
        else received.push((result.data as ReturnType<typeof event> | undefined)?.notificationAdded.id ?? '?');
        changed();
      },
      error: (error: unknown) => {
        errors.push(error);
        changed();
      },
      complete: () => {
        ended += 1;
        changed();
      },
    });
  return { session, http, client, received, errors, subscribe, ended: () => ended };
}

afterEach(() => {
  server = new FakeLiveServer();
  // A test that timed out says what it was still waiting for.
  const pending = [...waiting.values()];
  waiting.clear();
  if (pending.length > 0) throw new Error(`still waiting for: ${pending.join(', ')}`);
});

describe('live link (subscriptions over graphql-ws)', () => {
  it('builds the socket address from the page: same origin, /graphql, wss on https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'cirkel.example' })).toBe('wss://cirkel.example/graphql');
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:3000' })).toBe('ws://127.0.0.1:3000/graphql');
  });

  it('connects only when a subscription starts, with the current access token in connectionParams', async () => {
    server.validTokens.add('token-1');
    const { client, subscribe, received } = setUp();
    // A request through the same client goes all the way to its answer: a socket opened at start
    // would be there by then.
    await client.query({ query: ping });
    expect(server.sockets).toHaveLength(0);

    subscribe();
    await until(() => server.open[0]?.subscriptions.size === 1, 'the subscription');

    expect(server.sockets[0]?.url).toBe('ws://portal.test/graphql');
    expect(server.sockets[0]?.protocol).toBe('graphql-transport-ws');
    expect(server.tokensSent).toEqual(['Bearer token-1']);
    server.publish(event('n-1'));
    await until(() => received.length === 1, 'the first event');
    expect(received).toEqual(['n-1']);
  });

  it('reconnects with the new token when the session is renewed, and keeps delivering', async () => {
    server.validTokens.add('token-1');
    const { session, subscribe, received, errors } = setUp();
    subscribe();
    await until(() => server.open[0]?.subscriptions.size === 1, 'the subscription');

    server.validTokens.add('token-2');
    session.signIn({ __typename: 'AuthPayload', accessToken: 'token-2', accessTokenExpiresAt: '2030-01-01T00:00:00.000Z', user: sessionUser() });

    await until(() => server.open.length === 1 && server.open[0] !== server.sockets[0] && server.open[0]!.subscriptions.size === 1, 'the new socket');
    expect(server.sockets[0]?.readyState).toBe(FakeSocket.CLOSED);
    expect(server.tokensSent).toEqual(['Bearer token-1', 'Bearer token-2']);
    server.publish(event('n-2'));
    await until(() => received.length === 1, 'an event on the new socket');
    expect(received).toEqual(['n-2']);
    expect(errors).toEqual([]);
  });

  it('renews the session once when the server refuses the token (4401), then subscribes again', async () => {
    server.validTokens.add('token-2'); // token-1 has run out
    const { session, http, subscribe, received, errors } = setUp({ renewTo: () => 'token-2' });
    subscribe();

    await until(() => server.open.some((socket) => socket.subscriptions.size === 1), 'the subscription after renewing');
    expect(server.sockets[0]?.closedWith).toBe(unauthorizedCloseCode);
    expect(server.tokensSent).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(http.refreshes()).toBe(1);
    expect(session.accessToken).toBe('token-2');
    server.publish(event('n-3'));
    await until(() => received.length === 1, 'an event');
    expect(errors).toEqual([]);
  });

  it('gives up when the session cannot be renewed: one refresh, no loop, the person is signed out', async () => {
    const { session, http, subscribe, errors } = setUp({ renewTo: () => null });
    subscribe();

    await until(() => errors.length === 1, 'the subscription to fail');
    expect(http.refreshes()).toBe(1);
    expect(server.sockets).toHaveLength(1);
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('closes the socket when the session ends, and opens none while signed out', async () => {
    server.validTokens.add('token-1');
    const { session, subscribe, errors, ended } = setUp();
    subscribe();
    await until(() => server.open[0]?.subscriptions.size === 1, 'the subscription');

    session.signOut('signed-out');
    await until(() => server.sockets[0]?.readyState === FakeSocket.CLOSED && ended() === 1, 'the socket to close and the subscription to end');

    subscribe();
    await until(() => errors.length === 1, 'the refusal to subscribe while signed out');
    expect(server.sockets).toHaveLength(1);
  });

  it('sends subscriptions to the mock transport when a test gives no socket', async () => {
    const session = new SessionStore(signedIn());
    const seen: string[] = [];
    const client = createApolloClient({
      session,
      getLanguage: () => 'en',
      terminatingLink: new ApolloLink((operation) => {
        seen.push(operation.operationName ?? '');
        return new Observable((observer) => {
          observer.next({ data: event('n-4') });
          observer.complete();
        });
      }),
    });
    await new Promise<void>((resolve) => client.subscribe({ query: notificationAdded }).subscribe({ complete: resolve }));
    expect(seen).toEqual(['NotificationAdded']);
  });
});
