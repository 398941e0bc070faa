import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveNotification {
  id: string;
  kind: string;
  body: string;
}

export interface LiveSubscriber {
  client: Client;
  /** Resolves once the socket is connected. */
  ready: Promise<void>;
  /** Everything that arrived, in order. */
  received: LiveNotification[];
  /** The next notification after those already taken (waits for it, however long). */
  next(): Promise<LiveNotification>;
  dispose(): Promise<void>;
}

/** A `notificationAdded` subscription over graphql-ws, as the portal's client opens it. */
export function subscribeLive(url: string, token: string): LiveSubscriber {
  const received: LiveNotification[] = [];
  const arrivals = new Set<() => void>();
  let taken = 0;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe<{ notificationAdded: LiveNotification }>(
    { query: 'subscription { notificationAdded { id kind body } }' },
    {
      next: (value) => {
        if (!value.data) return;
        received.push(value.data.notificationAdded);
        for (const arrival of [...arrivals]) arrival();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    client,
    ready,
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
