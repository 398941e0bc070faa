import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { defaultLanguage, pickLanguage } from '@cirkel/i18n';
import { translate } from '../i18n/server-i18n.js';
import { isApiPath } from '../web/api-paths.js';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** What a draining server tells a caller: come back shortly (to this instance's successor or a sibling). */
const RETRY_AFTER_SECONDS = 1;

/**
 * The graceful stop of the HTTP server. It stands in front of the whole application (it takes
 * the place of the server's request listener, so nothing registered on Express comes before it)
 * and counts the requests in flight. On drain() the server stops accepting connections, every
 * request that still arrives on an open keep-alive connection is answered 503 (`BUSY` with
 * `reason: SHUTTING_DOWN` and `retryAfterSeconds`, in the caller's language, the connection
 * closed after it), `/ready` says not ready, `/health` still answers, and the requests already
 * in flight finish, their connections closed after them — within a bound, after which they
 * are cut. Then the idle connections close.
 */
export class ShutdownGate {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly upgraded = new Set<Socket>();
  private idle?: () => void;
  refused = 0;

  constructor(private readonly server: Server) {
    const application = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.handle(req, res, application));
    // graphql-ws sockets: HTTP connections no longer, so closeAllConnections() does not see them.
    server.on('upgrade', (_req: IncomingMessage, socket: Socket) => {
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  private handle(req: IncomingMessage, res: ServerResponse, application: RequestListener[]): void {
    const path = (req.url ?? '/').split('?')[0]!;
    if (this.draining && path !== '/health') {
      this.refuse(req, res, path);
      return;
    }
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.draining && this.inFlight.size === 0) this.idle?.();
    });
    for (const listener of application) listener(req, res);
  }

  private refuse(req: IncomingMessage, res: ServerResponse, path: string): void {
    this.refused += 1;
    const header = req.headers['accept-language'];
    const language = pickLanguage(Array.isArray(header) ? header.join(',') : header) ?? defaultLanguage;
    const message = translate(language, 'codes.SHUTTING_DOWN');
    const extensions = { code: 'BUSY', reason: 'SHUTTING_DOWN', retryAfterSeconds: RETRY_AFTER_SECONDS };
    // The shapes the API answers errors in: GraphQL's, the REST controllers', the probe's.
    const body =
      path === '/ready'
        ? { status: 'unavailable', reason: 'shutting down' }
        : isApiPath(path) && !path.toLowerCase().startsWith('/graphql')
          ? { code: extensions.code, reason: extensions.reason, retryAfterSeconds: RETRY_AFTER_SECONDS, message }
          : { errors: [{ message, extensions }] };
    res.writeHead(503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Retry-After': String(RETRY_AFTER_SECONDS),
      Connection: 'close',
    });
    res.end(JSON.stringify(body));
  }

  /**
   * Stops accepting connections and waits for the requests in flight, at most `withinMs`;
   * whatever still runs then is cut off. Resolves with how many finished and how many were cut.
   */
  async drain(withinMs: number): Promise<{ finished: number; cut: number }> {
    this.draining = true;
    const waiting = this.inFlight.size;
    // The answers still to come end their connections; none is kept alive for another request.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // No new connections. http.Server#close() would also close the idle keep-alive connections at
    // once, and a request a client sends on one just then would meet a reset; they stay open while
    // requests are in flight, so that such a request gets a clear 503 instead.
    NetServer.prototype.close.call(this.server, () => undefined);
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.idle = resolve;
        timer = setTimeout(resolve, withinMs);
      });
      clearTimeout(timer);
    }
    const cut = this.inFlight.size;
    this.server.closeIdleConnections();
    if (cut > 0) this.server.closeAllConnections();
    return { finished: waiting - cut, cut };
  }

  /**
   * Cuts the graphql-ws sockets still open `graceMs` after `closing` began (which sent them
   * their close frame): a client that never answers it must not hold up the stop.
   */
  async closeSockets<T>(closing: Promise<T>, graceMs: number): Promise<T> {
    const timer = setTimeout(() => {
      for (const socket of this.upgraded) socket.destroy();
    }, graceMs);
    try {
      return await closing;
    } finally {
      clearTimeout(timer);
    }
  }
}
