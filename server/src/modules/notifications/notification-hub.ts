import type { Language } from '@cirkel/i18n';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import type { Database } from '../../core/database/database.js';
import { DATABASE } from '../../core/database/database.tokens.js';
import { LOGGER, type JsonLogger } from '../../core/logging/json-logger.js';
import type { Notification, NotificationRow } from './notification.model.js';
import { renderNotification } from './notification-text.js';

export const NOTIFICATION_CHANNEL = 'cirkel_notification';

interface Announcement {
  id: string;
  user: string;
  organisation: string;
}

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
 */
@Injectable()
export class NotificationHub implements OnModuleInit, OnModuleDestroy {
  private listener?: pg.Client;
  private readonly mailboxes = new Map<string, Set<Mailbox>>();
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(LOGGER) private readonly logger: JsonLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    for (const boxes of this.mailboxes.values()) for (const box of boxes) void box.return();
    await this.listener?.end().catch(() => undefined);
  }

  subscribe(userId: string): AsyncIterableIterator<Notification> {
    const boxes = this.mailboxes.get(userId) ?? new Set<Mailbox>();
    this.mailboxes.set(userId, boxes);
    const box: Mailbox = new Mailbox(() => {
      boxes.delete(box);
      if (boxes.size === 0) this.mailboxes.delete(userId);
    });
    boxes.add(box);
    return box;
  }

  /** How many subscriptions this instance holds (for tests and logs). */
  get subscriptions(): number {
    let count = 0;
    for (const boxes of this.mailboxes.values()) count += boxes.size;
    return count;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.database.appUrl, application_name: 'cirkel-notification-listener' });
    client.on('notification', (message) => {
      if (message.channel !== NOTIFICATION_CHANNEL || !message.payload) return;
      void this.deliver(JSON.parse(message.payload) as Announcement);
    });
    client.on('error', (error) => {
      this.logger.warning('notification listener lost its connection; reconnecting', { error });
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warning('notification listener could not connect; retrying', { error });
      this.reconnect();
    }
  }

  private reconnect(): void {
    if (this.stopped) return;
    void this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.listen(), 1_000);
    this.retry.unref();
  }

  /** Reads the notification as its recipient (RLS) and writes it in their language. */
  private async deliver(announcement: Announcement): Promise<void> {
    const boxes = this.mailboxes.get(announcement.user);
    if (!boxes || boxes.size === 0) return;
    const runner = this.database.app.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true)`, [
        announcement.user,
        announcement.organisation,
      ]);
      const rows = (await runner.query(
        `SELECT n.id, n.kind, n.params, n.case_id, n.referral_id, n.session_id, n.created_at, n.read_at, u.language
           FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.id = $1 AND u.active`,
        [announcement.id],
      )) as Array<NotificationRow & { language: Language }>;
      await runner.commitTransaction();
      const row = rows[0];
      if (!row) return;
      const notification = renderNotification(row, row.language);
      for (const box of this.mailboxes.get(announcement.user) ?? []) box.push(notification);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      this.logger.failure('a notification could not be delivered live', { error, notification: announcement.id });
    } finally {
      await runner.release();
    }
  }
}
