import { readableNameText, type Language } from '@cirkel/i18n';
import { translateIn } from '../../core/i18n/server-i18n.js';
import { isNameParam } from './notification-params.js';
import { Notification } from './notification.model.js';
import type { NotificationRow } from './notifications.repository.js';

/**
 * One formatter per language for the life of the process: an Intl formatter holds ICU data
 * outside the JavaScript heap, so making one per date of every notification grew the server to
 * ~700 MB under 50 concurrent notification lists before the garbage collector noticed (issue 10).
 */
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'bs' ? 'bs-Latn' : language, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format;
}

/**
 * Calendar dates in the parameters read as dates of the recipient's language, and names in the
 * recipient's script (with the name as written beside a spelling; notification-params.ts).
 */
function localise(language: Language, params: NotificationRow['params']): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      out[key] = dateFormat(language).format(new Date(`${value}T00:00:00Z`));
    } else if (isNameParam(value)) {
      out[key] = readableNameText(value, language);
    }
  }
  return out;
}

/** Writes a stored notification (kind and parameters) as text in the recipient's language. */
export function renderNotification(row: NotificationRow, language: Language): Notification {
  const params = localise(language, row.params ?? {});
  return Object.assign(new Notification(), {
    id: row.id,
    kind: row.kind,
    title: translateIn(language, 'notificationTexts', `${row.kind}.title`, params),
    body: translateIn(language, 'notificationTexts', `${row.kind}.body`, params),
    // An outreach follow-up is on the start page's worklist.
    link: row.session_id ? `/supervision/${row.session_id}` : row.case_id ? `/cases/${row.case_id}` : row.kind === 'OUTREACH_FOLLOW_UP_DUE' ? '/' : null,
    caseId: row.case_id,
    referralId: row.referral_id,
    sessionId: row.session_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  });
}
