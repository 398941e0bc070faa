-- An outreach or consultation follow-up falling due notifies its owner (issue 12, point 2); the
-- periodic task calls app_notify_outreach_follow_ups() (its current text: functions/).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_EXPIRED',
                  'ARRIVAL_CONFIRMED', 'ARRIVAL_CONFIRMED_EARLY', 'FOLLOW_UP_OVERDUE', 'MESSAGE_RECEIVED',
                  'SUPERVISION_SESSION', 'SUPERVISION_ACTION_DUE', 'OUTREACH_FOLLOW_UP_DUE'));
