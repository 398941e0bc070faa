import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveNotification {
  id: string;
  kind: string;
  body: string;
}

export interface LiveSubscriber<Notification = LiveNotification> {
  client: Client;
  /** Resolves once the socket is connected. */
  ready: Promise<void>;
  /** Resolves when the subscription ends (an error, or the server completed it). */
  done: Promise<void>;
  /** The close code of the socket, once it closed. */
  closed(): number | undefined;
  /** Everything that arrived, in order. */
  received: Notification[];
  /** The next notification after those already taken (waits for it, however long). */
  next(): Promise<Notification>;
  dispose(): Promise<void>;
}

/**
 * A `notificationAdded` subscription over graphql-ws, as the portal's client opens it, asking for
 * `fields` of each notification.
 */
export function subscribeLive<Notification = LiveNotification>(url: string, token: string, fields = 'id kind body'): LiveSubscriber<Notification> {
  const received: Notification[] = [];
  const arrivals = new Set<() => void>();
  let taken = 0;
  let closedWith: number | undefined;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => (closedWith = (event as { code?: number }).code) },
  });
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const done = new Promise<void>((resolve) =>
    client.subscribe<{ notificationAdded: Notification }>(
      { query: `subscription { notificationAdded { ${fields} } }` },
      {
        next: (value) => {
          if (!value.data) return;
          received.push(value.data.notificationAdded);
          for (const arrival of [...arrivals]) arrival();
        },
        error: () => resolve(),
        complete: () => resolve(),
      },
    ),
  );
  return {
    client,
    ready,
    done,
    closed: () => closedWith,
    received,
    next: () =>
      new Promise((resolve) => {
        const check = () => {
          if (received.length <= taken) return;
          arrivals.delete(check);
          resolve(received[taken++]!);
        };
        arrivals.add(check);
        check();
      }),
    dispose: () => client.dispose() as Promise<void>,
  };
}
