import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const AgreementScope = graphqlEnum('AgreementScope', ['REFERRALS', 'FOLLOW_UP', 'SUPERVISION', 'REPORTING']);
export type AgreementScope = EnumValue<typeof AgreementScope>;

export const AgreementStatus = graphqlEnum(
  'AgreementStatus',
  {
    PROPOSED: 'Not every party has confirmed yet.',
    NOT_YET_VALID: 'Every party confirmed; validFrom is still ahead.',
    IN_FORCE: 'Every party confirmed, not terminated, today between its dates.',
    EXPIRED: 'validTo has passed.',
    TERMINATED: 'A party ended it.',
  },
  'Derived from confirmations, termination and dates (today, UTC).',
);
export type AgreementStatus = EnumValue<typeof AgreementStatus>;
