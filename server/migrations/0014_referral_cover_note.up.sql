-- A cover note with a referral (issue 11, point 11): what the sending caseworker wants the
-- receiving partner to know first, shown in the partner's inbox and on the case page. Free text
-- under the same rules as a decline reason: at most 2000 characters, trimmed, empty is none.
-- Who may read it is who may read the referral (referral_read); only the sender writes it, once.
ALTER TABLE referral ADD COLUMN cover_note text
  CHECK (length(cover_note) BETWEEN 1 AND 2000);
GRANT INSERT (cover_note) ON referral TO :"app_role";

-- And a notice of its own for an early arrival (issue 11, point 8): the partner confirmed an
-- arrival while the case was still at intake or long before its planned departure, and said so.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_EXPIRED',
                  'ARRIVAL_CONFIRMED', 'ARRIVAL_CONFIRMED_EARLY', 'FOLLOW_UP_OVERDUE', 'MESSAGE_RECEIVED',
                  'SUPERVISION_SESSION', 'SUPERVISION_ACTION_DUE'));
