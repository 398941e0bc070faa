import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const WorkReason = graphqlEnum('WorkReason', {
  NO_CONSENT: 'Still before departure, and no consent recorded for any partner.',
  REFERRAL_DECLINED: 'The latest referral was declined and none is open.',
  REFERRAL_EXPIRED: 'The latest referral went unanswered and none is open.',
  ARRIVAL_CONFIRMED: 'The partner confirmed arrival; the case status is behind.',
  DEPARTURE_DUE: 'Planned departure within 7 days.',
  NEW_MESSAGES: 'Unread messages from a partner.',
});
export type WorkReason = EnumValue<typeof WorkReason>;
