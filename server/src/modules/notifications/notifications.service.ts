import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Notification, NotificationRow } from './notification.model.js';
import { renderNotification } from './notification-text.js';

const columns = 'id, kind, params, case_id, referral_id, session_id, created_at, read_at';

/** The signed-in person's notifications (RLS: only the recipient's own rows exist). */
@Injectable()
export class NotificationsService {
  /** Unread first, then newest first. */
  async list(context: RequestContext, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Connection<Notification>> {
    const actor = context.actor;
    checkPageSize(first);
    const where = [`recipient_user_id = $1`, ...(unreadOnly ? ['read_at IS NULL'] : [])];
    const [{ count }] = (await context.db.query(`SELECT count(*)::int AS count FROM notification WHERE ${where.join(' AND ')}`, [actor.userId])) as Array<{
      count: number;
    }>;
    const params: unknown[] = [actor.userId, first + 1];
    if (after) {
      const [unread, createdAt, id] = decodeCursor(after, ['flag', 'timestamp', 'uuid']);
      params.push(Number(unread), createdAt, id);
      where.push(`((read_at IS NULL)::int, created_at, id) < ($3::int, $4::timestamptz, $5::uuid)`);
    }
    const rows = (await context.db.query(
      `SELECT ${columns} FROM notification WHERE ${where.join(' AND ')}
        ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC LIMIT $2`,
      params,
    )) as NotificationRow[];
    const notifications = rows.map((row) => renderNotification(row, context.language));
    return toConnection(notifications, first, count, (n) => [n.readAt ? 0 : 1, n.createdAt.toISOString(), n.id]);
  }

  async unreadCount(context: RequestContext): Promise<number> {
    const actor = context.actor;
    const [{ count }] = (await context.db.query('SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL', [
      actor.userId,
    ])) as Array<{ count: number }>;
    return count;
  }

  async markRead(context: RequestContext, id: string): Promise<Notification> {
    context.actor;
    if (!isUuid(id)) throw AppError.notFound();
    await context.db.query('UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1', [id]);
    const [row] = (await context.db.query(`SELECT ${columns} FROM notification WHERE id = $1`, [id])) as NotificationRow[];
    if (!row) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'notification', entityId: id });
    return renderNotification(row, context.language);
  }

  async markAllRead(context: RequestContext): Promise<number> {
    const actor = context.actor;
    const [, count] = (await context.db.query('UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL', [
      actor.userId,
    ])) as [unknown, number];
    return count;
  }
}
