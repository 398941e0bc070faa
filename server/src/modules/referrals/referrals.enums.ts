import { graphqlEnum, type EnumValue } from '../../core/graphql/graphql-enum.js';

export const ReferralStatus = graphqlEnum('ReferralStatus', ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED', 'COMPLETED']);
export type ReferralStatus = EnumValue<typeof ReferralStatus>;

export const ReferralAction = graphqlEnum('ReferralAction', ['ACCEPT', 'DECLINE', 'REVOKE', 'COMPLETE']);
export type ReferralAction = EnumValue<typeof ReferralAction>;
