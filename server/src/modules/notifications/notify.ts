import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { NotificationKind } from './notifications.enums.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService, type NotifyTarget } from './notifications.service.js';

export type { NotifyTarget } from './notifications.service.js';

// Neither has state: the same rules as the injected NotificationsService.
const notifications = new NotificationsService(new NotificationsRepository());

/**
 * NotificationsService.notify for code that does not inject it yet (referrals); new code injects
 * NotificationsService (NotificationsModule is global).
 */
export function notify(context: RequestContext, kind: NotificationKind, target: NotifyTarget): Promise<void> {
  return notifications.notify(context, kind, target);
}
