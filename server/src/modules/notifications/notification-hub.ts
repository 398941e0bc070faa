import type { Language } from '@cirkel/i18n';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { Database } from '../../core/database/database.js';
import { DATABASE } from '../../core/database/database.tokens.js';
import { LOGGER, type AppLogger } from '../../core/logging/logger.js';
import type { Notification } from './notification.model.js';
import { renderNotification } from './notification-text.js';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.js';

export const NOTIFICATION_CHANNEL = 'cirkel_notification';

interface Announcement {
  id: string;
  user: string;
  organisation: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What app_notify() announces, or undefined for anything else on the channel. */
export function parseAnnouncement(payload: string | undefined): Announcement | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, user, organisation } = value as Record<string, unknown>;
  return [id, user, organisation].every((field) => typeof field === 'string' && UUID.test(field))
    ? { id: id as string, user: user as string, organisation: organisation as string }
    : undefined;
}

/**
 * How far back a catch-up looks before the last moment the listener was known to hear
 * everything: a notification's created_at is when it was inserted, and its transaction may
 * commit (and announce it) a while later.
 */
const CATCH_UP_MARGIN_MS = 120_000;
/** The listener's round trip that moves that moment forward, and finds a dead connection. */
const HEARTBEAT_MS = 30_000;
/** The most one person is sent in one catch-up; the rest are in their notification list. */
const CATCH_UP_LIMIT = 200;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 8_000;

/** A queue that an async iterator drains; the subscription's end removes it. */
class Mailbox implements AsyncIterableIterator<Notification> {
  private readonly waiting: Array<(result: IteratorResult<Notification>) => void> = [];
  private readonly queued: Notification[] = [];
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(notification: Notification): void {
    const resolve = this.waiting.shift();
    if (resolve) resolve({ value: notification, done: false });
    else this.queued.push(notification);
  }

  next(): Promise<IteratorResult<Notification>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<Notification>> {
    this.closed = true;
    this.onClose();
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Notification> {
    return this;
  }
}

/**
 * Live notifications across server instances: app_notify() announces each new notification
 * with NOTIFY when its transaction commits; every instance LISTENs on one connection of its own
 * and hands the notification, written in the recipient's language, to that person's
 * subscriptions connected to it. Nothing is pushed to anyone but its recipient.
 *
 * NOTIFY reaches only those listening at the moment of commit. When the listening connection is
 * lost (a database restart, a network fault, a terminated backend) the hub reconnects and then
 * catches up: for each person subscribed here it reads, as that person (RLS), what was created
 * since shortly before the listener last heard everything, and delivers what it has not
 * delivered yet — each notification once, whichever way it comes.
 */
@Injectable()
export class NotificationHub implements OnModuleInit, OnModuleDestroy {
  private listener?: pg.Client;
  private readonly recipients = new Map<string, { organisation: string; boxes: Set<Mailbox> }>();
  /** Notifications pushed here recently (id → created_at in ms), so that none goes out twice. */
  private readonly delivered = new Map<string, number>();
  /** The database's time at the listener's last round trip: everything before was heard. */
  private heardUntil?: Date;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private retryMs = RETRY_FIRST_MS;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly repository: NotificationsRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    for (const { boxes } of this.recipients.values()) for (const box of boxes) void box.return();
    await this.listener?.end().catch(() => undefined);
  }

  subscribe(userId: string, organisationId: string): AsyncIterableIterator<Notification> {
    const recipient = this.recipients.get(userId) ?? { organisation: organisationId, boxes: new Set<Mailbox>() };
    this.recipients.set(userId, recipient);
    const box: Mailbox = new Mailbox(() => {
      recipient.boxes.delete(box);
      if (recipient.boxes.size === 0 && this.recipients.get(userId) === recipient) this.recipients.delete(userId);
    });
    recipient.boxes.add(box);
    return box;
  }

  /** How many subscriptions this instance holds (for tests and logs). */
  get subscriptions(): number {
    let count = 0;
    for (const { boxes } of this.recipients.values()) count += boxes.size;
    return count;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.database.appUrl,
      application_name: 'cirkel-notification-listener',
      keepAlive: true,
      // A round trip that hangs means a dead connection: give up on it and connect again.
      query_timeout: 10_000,
    });
    client.on('notification', (message) => {
      if (message.channel !== NOTIFICATION_CHANNEL) return;
      const announcement = parseAnnouncement(message.payload);
      if (!announcement) {
        // Anyone who may NOTIFY can write on the channel: what app_notify() did not write is ignored.
        this.logger.warning('ignored a malformed notification announcement', { payload: String(message.payload).slice(0, 200) });
        return;
      }
      void this.deliver(announcement);
    });
    const lost = (error?: unknown) => {
      if (this.listener !== client || this.stopped) return;
      this.logger.warning('notification listener lost its connection; reconnecting', { error });
      this.reconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await this.repository.listen(client, NOTIFICATION_CHANNEL);
      // From here on every commit is announced to this connection.
      const now = await this.repository.clock(client);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      const missedSince = this.heardUntil;
      this.listener = client;
      this.retryMs = RETRY_FIRST_MS;
      this.heardUntil = now;
      clearInterval(this.heartbeat);
      this.heartbeat = setInterval(() => void this.beat(client), HEARTBEAT_MS);
      this.heartbeat.unref();
      if (missedSince) {
        this.logger.info('notification listener reconnected; catching up', { since: missedSince.toISOString() });
        await this.catchUp(new Date(missedSince.getTime() - CATCH_UP_MARGIN_MS));
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      if (this.stopped) return;
      if (this.listener === client) {
        lost(error);
        return;
      }
      this.logger.warning('notification listener could not connect; retrying', { error, retryInMs: this.retryMs });
      this.scheduleListen();
    }
  }

  private reconnect(): void {
    if (this.stopped) return;
    const lostClient = this.listener;
    this.listener = undefined;
    clearInterval(this.heartbeat);
    void lostClient?.end().catch(() => undefined);
    this.scheduleListen();
  }

  private scheduleListen(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.listen(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  /** Moves `heardUntil` forward and forgets deliveries no catch-up can reach any more. */
  private async beat(client: pg.Client): Promise<void> {
    try {
      const now = await this.repository.clock(client);
      if (this.listener !== client) return;
      this.heardUntil = now;
      const horizon = now.getTime() - CATCH_UP_MARGIN_MS - HEARTBEAT_MS;
      for (const [id, createdAt] of this.delivered) if (createdAt < horizon) this.delivered.delete(id);
    } catch (error) {
      if (this.listener === client && !this.stopped) {
        this.logger.warning('notification listener did not answer; reconnecting', { error });
        this.reconnect();
      }
    }
  }

  /** Pushes a notification to its recipient's subscriptions here, unless it went out already. */
  private push(userId: string, row: NotificationRow & { language: Language }): void {
    const boxes = this.recipients.get(userId)?.boxes;
    if (!boxes || boxes.size === 0 || this.delivered.has(row.id)) return;
    this.delivered.set(row.id, new Date(row.created_at).getTime());
    const notification = renderNotification(row, row.language);
    for (const box of boxes) box.push(notification);
  }

  private async deliver(announcement: Announcement): Promise<void> {
    const recipient = this.recipients.get(announcement.user);
    if (!recipient || recipient.boxes.size === 0 || this.delivered.has(announcement.id)) return;
    try {
      const rows = await this.repository.readAs(this.database.app, announcement.user, announcement.organisation, { id: announcement.id }, CATCH_UP_LIMIT);
      for (const row of rows) this.push(announcement.user, row);
    } catch (error) {
      this.logger.failure('a notification could not be delivered live', { error, notification: announcement.id });
    }
  }

  /** Delivers what was created since `since` to everyone subscribed here, as each of them. */
  private async catchUp(since: Date): Promise<void> {
    let caughtUp = 0;
    for (const [user, { organisation }] of [...this.recipients]) {
      try {
        const rows = await this.repository.readAs(this.database.app, user, organisation, { since }, CATCH_UP_LIMIT);
        for (const row of rows) {
          if (this.delivered.has(row.id)) continue;
          this.push(user, row);
          caughtUp += 1;
        }
      } catch (error) {
        this.logger.failure('notifications missed while the listener was away could not be delivered', { error, user });
      }
    }
    this.logger.info('notification listener caught up', { delivered: caughtUp });
  }
}
