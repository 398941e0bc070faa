import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { NotificationKind } from './notification.model.js';

export interface NotifyTarget {
  /** These people… */
  users?: Array<string | null | undefined>;
  /** …or everyone in this organisation with one of these roles. */
  organisation?: string;
  roles?: string[];
  params: Record<string, string | number | null>;
  caseId?: string | null;
  referralId?: string | null;
  sessionId?: string | null;
}

/**
 * Writes notifications in the request's transaction (app_notify), so they exist — and are
 * pushed live, by NOTIFY at commit — exactly when the change that caused them does. The actor
 * is never notified of their own doing.
 */
export async function notify(context: RequestContext, kind: NotificationKind, target: NotifyTarget): Promise<void> {
  const users = [...new Set((target.users ?? []).filter((u): u is string => Boolean(u)))];
  if (users.length === 0 && !target.organisation) return;
  await context.db.query('SELECT app_notify($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
    kind,
    JSON.stringify(target.params),
    target.caseId ?? null,
    target.referralId ?? null,
    target.sessionId ?? null,
    users.length > 0 ? users : null,
    target.organisation ?? null,
    target.roles ?? null,
    context.actor.userId,
  ]);
}
