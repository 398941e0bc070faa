-- The SQL of src/modules/notifications/notifications.repository.ts, written by `npm run sql:snapshot -w server`: do not edit.

-- NotificationsRepository.count.row
SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}

-- NotificationsRepository.page.where
recipient_user_id = $1

-- NotificationsRepository.page
((read_at IS NULL)::int, created_at, id) < ($3::int, $4::timestamptz, $5::uuid)

-- NotificationsRepository.page
SELECT ${columns} FROM notification WHERE ${where.join(' AND ')}
ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC LIMIT $2

-- NotificationsRepository.markRead
UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1

-- NotificationsRepository.markRead
SELECT ${columns} FROM notification WHERE id = $1

-- NotificationsRepository.markReadAbout
UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND kind = $2 AND referral_id = $3 AND read_at IS NULL

-- NotificationsRepository.markAllRead
UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL

-- NotificationsRepository.notify
SELECT app_notify($1, $2, $3, $4, $5, $6, $7, $8, $9)

-- NotificationsRepository.notifyOverdueFollowUps
SELECT app_notify_overdue_follow_ups() AS overdue

-- NotificationsRepository.notifyDueActions
SELECT app_notify_due_actions() AS due

-- NotificationsRepository.notifyOutreachFollowUps
SELECT app_notify_outreach_follow_ups() AS due

-- NotificationsRepository.clock.result
SELECT clock_timestamp() AS now

-- NotificationsRepository.readAs
SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true)

-- NotificationsRepository.readAs.found
SELECT n.id, n.kind, n.params, n.case_id, n.referral_id, n.session_id, n.created_at, n.read_at, u.language
 FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
WHERE u.active AND n.recipient_user_id = $1 AND ${'id' in which ? 'n.id = $2' : 'n.created_at > $2'}
ORDER BY n.created_at, n.id
LIMIT $3
