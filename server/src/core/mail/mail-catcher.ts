import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One e-mail the catcher received, as the inbox shows it. */
export interface CaughtMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** The inbox keeps the newest messages only: a development tool, not a mail store. */
const KEEP = 200;
/** Nothing anyone would send from here is larger. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A mail server for development and tests, in the server's own process: it speaks SMTP on
 * 127.0.0.1 (what nodemailer sends to, a real SMTP conversation) and shows what it received on a
 * small inbox page (`/`) and as JSON (`/messages`, newest first; `?to=` filters by recipient).
 * Nothing it receives is sent on.
 */
export class MailCatcher {
  private readonly messages: CaughtMail[] = [];
  private nextId = 1;
  private readonly smtp: SMTPServer;
  private readonly web: Server;

  constructor() {
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      size: MAX_MESSAGE_BYTES,
      banner: 'Cirkel mail catcher',
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.keep({
              id: this.nextId++,
              receivedAt: new Date().toISOString(),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    this.web = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const to = url.searchParams.get('to')?.toLowerCase();
      const messages = to ? this.messages.filter((message) => message.to.includes(to)) : this.messages;
      if (req.method !== 'GET') {
        res.writeHead(405).end();
      } else if (url.pathname === '/messages') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(messages));
      } else if (url.pathname === '/') {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        });
        const items = messages
          .map(
            (m) =>
              `<article><h2>${escapeHtml(m.subject)}</h2><p><b>To:</b> ${escapeHtml(m.to.join(', '))} · <b>From:</b> ${escapeHtml(m.from)} · ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.text)}</pre></article>`,
          )
          .join('\n');
        res.end(
          `<!doctype html><html lang="en"><meta charset="utf-8"><title>Cirkel mail catcher</title>` +
            `<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto}article{border-top:1px solid #ccc}pre{white-space:pre-wrap}</style>` +
            `<h1>Cirkel mail catcher</h1><p>E-mail the portal would have sent (development only; newest first, at most ${KEEP}).</p>${items || '<p>No e-mail yet.</p>'}</html>`,
        );
      } else {
        res.writeHead(404).end();
      }
    });
  }

  /** Listens on 127.0.0.1 only; port 0 takes a free one (see the ports after start). */
  async start(smtpPort: number, webPort: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.smtp.once('error', reject);
      this.smtp.listen(smtpPort, '127.0.0.1', () => resolve());
    });
    await new Promise<void>((resolve, reject) => {
      this.web.once('error', reject);
      this.web.listen(webPort, '127.0.0.1', () => resolve());
    });
  }

  get smtpPort(): number {
    return (this.smtp.server.address() as AddressInfo).port;
  }

  get inboxUrl(): string {
    return `http://127.0.0.1:${(this.web.address() as AddressInfo).port}/`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.smtp.close(() => resolve()));
    this.web.closeAllConnections();
    await new Promise<void>((resolve) => this.web.close(() => resolve()));
  }

  private keep(message: CaughtMail): void {
    this.messages.unshift(message);
    this.messages.length = Math.min(this.messages.length, KEEP);
  }
}
