import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const NotificationKind = graphqlEnum('NotificationKind', [
  'REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_EXPIRED', 'ARRIVAL_CONFIRMED', 'ARRIVAL_CONFIRMED_EARLY',
  'FOLLOW_UP_OVERDUE', 'MESSAGE_RECEIVED', 'SUPERVISION_SESSION', 'SUPERVISION_ACTION_DUE',
  'OUTREACH_FOLLOW_UP_DUE',
]);
export type NotificationKind = EnumValue<typeof NotificationKind>;
