import type { Language } from '@cirkel/i18n';
import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { change, execute, maybeOne, one, rows } from '../../core/database/sql.js';
import { shortTransaction } from '../../core/database/short-transaction.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { NotificationParams } from './notification-params.js';
import type { NotificationKind } from './notifications.enums.js';

/** A stored notification: a kind and its parameters; the text is written when it is read. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  case_id: string | null;
  referral_id: string | null;
  session_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** Who app_notify() writes to: these people, or everyone in an organisation with one of the roles. */
export interface Recipients {
  users: string[] | null;
  organisation: string | null;
  roles: string[] | null;
}

export interface NotificationSubject {
  params: NotificationParams;
  caseId: string | null;
  referralId: string | null;
  sessionId: string | null;
}

const columns = 'id, kind, params, case_id, referral_id, session_id, created_at, read_at';

/**
 * Notifications: the signed-in person's own (RLS: only the recipient's rows exist), the writing of
 * new ones (app_notify, in the request transaction), the periodic ones time raises, and the
 * listener connection of live delivery (NotificationHub).
 */
@Injectable()
export class NotificationsRepository {
  async count(context: RequestContext, userId: string, unreadOnly: boolean): Promise<number> {
    const row = await one<{ count: number }>(
      context.db,
      `SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      [userId],
    );
    return row.count;
  }

  /** Unread first, then newest first, after the cursor (unread flag, created_at, id). */
  page(context: RequestContext, userId: string, first: number, unreadOnly: boolean, after?: readonly [number, string, string]): Promise<NotificationRow[]> {
    const where = [`recipient_user_id = $1`, ...(unreadOnly ? ['read_at IS NULL'] : [])];
    const params: unknown[] = [userId, first + 1];
    if (after) {
      params.push(...after);
      where.push(`((read_at IS NULL)::int, created_at, id) < ($3::int, $4::timestamptz, $5::uuid)`);
    }
    return rows<NotificationRow>(
      context.db,
      `SELECT ${columns} FROM notification WHERE ${where.join(' AND ')}
        ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  /** Marks one read (once: the first reading time stays) and answers it, if it is the viewer's. */
  async markRead(context: RequestContext, id: string): Promise<NotificationRow | undefined> {
    await execute(context.db, 'UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1', [id]);
    return maybeOne<NotificationRow>(context.db, `SELECT ${columns} FROM notification WHERE id = $1`, [id]);
  }

  /** Marks the user's unread notifications of a kind about one referral read; how many were marked. */
  async markReadAbout(context: RequestContext, userId: string, kind: string, referralId: string): Promise<number> {
    const { count } = await change(
      context.db,
      'UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND kind = $2 AND referral_id = $3 AND read_at IS NULL',
      [userId, kind, referralId],
    );
    return count;
  }

  /** How many were marked. */
  async markAllRead(context: RequestContext, userId: string): Promise<number> {
    const [, count] = (await context.db.query('UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL', [
      userId,
    ])) as [unknown, number];
    return count;
  }

  /**
   * Writes notifications in the request's transaction (app_notify), so they exist — and are pushed
   * live, by NOTIFY at commit — exactly when the change that caused them does.
   */
  async notify(context: RequestContext, kind: NotificationKind, to: Recipients, subject: NotificationSubject, except: string): Promise<void> {
    await execute(context.db, 'SELECT app_notify($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
      kind,
      JSON.stringify(subject.params),
      subject.caseId,
      subject.referralId,
      subject.sessionId,
      to.users,
      to.organisation,
      to.roles,
      except,
    ]);
  }

  /** Follow-up visits that became overdue, each notified once (see app_is_overdue). */
  async notifyOverdueFollowUps(dataSource: DataSource): Promise<number> {
    return (await one<{ overdue: number }>(dataSource.manager, 'SELECT app_notify_overdue_follow_ups() AS overdue')).overdue;
  }

  /** Supervision actions falling due, each notified once. */
  async notifyDueActions(dataSource: DataSource): Promise<number> {
    return (await one<{ due: number }>(dataSource.manager, 'SELECT app_notify_due_actions() AS due')).due;
  }

  /** Outreach and consultation follow-ups falling due, each notified to its owner once. */
  async notifyOutreachFollowUps(dataSource: DataSource): Promise<number> {
    return (await one<{ due: number }>(dataSource.manager, 'SELECT app_notify_outreach_follow_ups() AS due')).due;
  }

  /** Starts hearing app_notify()'s announcements on the listener's own connection. */
  async listen(client: pg.Client, channel: string): Promise<void> {
    await client.query(`LISTEN ${channel}`);
  }

  /** The database's time (not the transaction's): what the listener has heard up to. */
  async clock(client: pg.Client): Promise<Date> {
    const result = await client.query<{ now: Date }>('SELECT clock_timestamp() AS now');
    return result.rows[0]!.now;
  }

  /**
   * Reads notifications as their recipient (RLS), with the recipient's language, in a short
   * transaction of its own on the application role: one by id, or those created since a moment.
   */
  async readAs(
    dataSource: DataSource,
    user: string,
    organisation: string,
    which: { id: string } | { since: Date },
    limit: number,
  ): Promise<Array<NotificationRow & { language: Language }>> {
    return shortTransaction(dataSource, async (runner) => {
      await execute(runner.manager, `SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true)`, [user, organisation]);
      const found = await rows<NotificationRow & { language: Language }>(
        runner.manager,
        `SELECT n.id, n.kind, n.params, n.case_id, n.referral_id, n.session_id, n.created_at, n.read_at, u.language
           FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
          WHERE u.active AND n.recipient_user_id = $1 AND ${'id' in which ? 'n.id = $2' : 'n.created_at > $2'}
          ORDER BY n.created_at, n.id
          LIMIT $3`,
        [user, 'id' in which ? which.id : which.since, limit],
      );
      return found;
    });
  }
}
