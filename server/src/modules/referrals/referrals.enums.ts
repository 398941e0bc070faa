import { registerEnumType } from '@nestjs/graphql';

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

export enum ReferralAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  REVOKE = 'REVOKE',
  COMPLETE = 'COMPLETE',
}
registerEnumType(ReferralAction, { name: 'ReferralAction' });
