import { ReferralAction, ReferralStatus } from './referrals.enums.js';

/**
 * PENDING → ACCEPTED | DECLINED | EXPIRED | REVOKED; ACCEPTED → COMPLETED | REVOKED. The
 * receiver accepts and declines; the sender revokes and completes.
 */
const transitions: Record<ReferralAction, { from: ReferralStatus[]; to: ReferralStatus; side: 'sender' | 'receiver' }> = {
  [ReferralAction.ACCEPT]: { from: [ReferralStatus.PENDING], to: ReferralStatus.ACCEPTED, side: 'receiver' },
  [ReferralAction.DECLINE]: { from: [ReferralStatus.PENDING], to: ReferralStatus.DECLINED, side: 'receiver' },
  [ReferralAction.REVOKE]: { from: [ReferralStatus.PENDING, ReferralStatus.ACCEPTED], to: ReferralStatus.REVOKED, side: 'sender' },
  [ReferralAction.COMPLETE]: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.COMPLETED, side: 'sender' },
};

export function referralTransition(action: ReferralAction) {
  return transitions[action];
}

export function actionsFrom(status: ReferralStatus, side: 'sender' | 'receiver'): ReferralAction[] {
  return (Object.keys(transitions) as ReferralAction[]).filter(
    (action) => transitions[action].side === side && transitions[action].from.includes(status),
  );
}
