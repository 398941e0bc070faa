import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Notification } from './notification.model.js';
import { renderNotification } from './notification-text.js';
import type { NotificationParams } from './notification-params.js';
import type { NotificationKind } from './notifications.enums.js';
import { NotificationsRepository } from './notifications.repository.js';

export interface NotifyTarget {
  /** These people… */
  users?: Array<string | null | undefined>;
  /** …or everyone in this organisation with one of these roles. */
  organisation?: string;
  roles?: string[];
  params: NotificationParams;
  caseId?: string | null;
  referralId?: string | null;
  sessionId?: string | null;
}

/** The signed-in person's notifications, and the writing of new ones for others. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  /** Unread first, then newest first. */
  async list(context: RequestContext, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Connection<Notification>> {
    const actor = requireActor(context);
    checkPageSize(first);
    const count = await this.repository.count(context, actor.userId, unreadOnly);
    const cursor = after ? decodeCursor(after, ['flag', 'timestamp', 'uuid']) : undefined;
    const rows = await this.repository.page(context, actor.userId, first, unreadOnly, cursor && [Number(cursor[0]), cursor[1], cursor[2]]);
    const notifications = rows.map((row) => renderNotification(row, context.language));
    return toConnection(notifications, first, count, (n) => [n.readAt ? 0 : 1, n.createdAt.toISOString(), n.id]);
  }

  unreadCount(context: RequestContext): Promise<number> {
    return this.repository.count(context, requireActor(context).userId, true);
  }

  async markRead(context: RequestContext, id: string): Promise<Notification> {
    requireActor(context);
    if (!isUuid(id)) throw AppError.notFound();
    const row = await this.repository.markRead(context, id);
    if (!row) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'notification', entityId: id });
    return renderNotification(row, context.language);
  }

  /**
   * What the viewer has now seen for themselves (the messages of a referral, say) is no longer news:
   * its notifications of that kind are read, so the bell follows the case page.
   */
  markReadAbout(context: RequestContext, kind: NotificationKind, referralId: string): Promise<number> {
    return this.repository.markReadAbout(context, requireActor(context).userId, kind, referralId);
  }

  markAllRead(context: RequestContext): Promise<number> {
    return this.repository.markAllRead(context, requireActor(context).userId);
  }

  /**
   * Notifies people of a change, in the request's transaction: they are notified exactly when the
   * change commits. The actor is never notified of their own doing.
   */
  async notify(context: RequestContext, kind: NotificationKind, target: NotifyTarget): Promise<void> {
    const users = [...new Set((target.users ?? []).filter((u): u is string => Boolean(u)))];
    if (users.length === 0 && !target.organisation) return;
    await this.repository.notify(
      context,
      kind,
      { users: users.length > 0 ? users : null, organisation: target.organisation ?? null, roles: target.roles ?? null },
      { params: target.params, caseId: target.caseId ?? null, referralId: target.referralId ?? null, sessionId: target.sessionId ?? null },
      requireActor(context).userId,
    );
  }
}
