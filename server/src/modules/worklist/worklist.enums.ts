import { registerEnumType } from '@nestjs/graphql';

export enum WorkReason {
  NO_CONSENT = 'NO_CONSENT',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  REFERRAL_EXPIRED = 'REFERRAL_EXPIRED',
  ARRIVAL_CONFIRMED = 'ARRIVAL_CONFIRMED',
  DEPARTURE_DUE = 'DEPARTURE_DUE',
  NEW_MESSAGES = 'NEW_MESSAGES',
}
registerEnumType(WorkReason, {
  name: 'WorkReason',
  valuesMap: {
    NO_CONSENT: { description: 'Still before departure, and no consent recorded for any partner.' },
    REFERRAL_DECLINED: { description: 'The latest referral was declined and none is open.' },
    REFERRAL_EXPIRED: { description: 'The latest referral went unanswered and none is open.' },
    ARRIVAL_CONFIRMED: { description: 'The partner confirmed arrival; the case status is behind.' },
    DEPARTURE_DUE: { description: 'Planned departure within 7 days.' },
    NEW_MESSAGES: { description: 'Unread messages from a partner.' },
  },
});
