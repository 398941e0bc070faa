import { registerEnumType } from '@nestjs/graphql';

export enum AgreementScope {
  REFERRALS = 'REFERRALS',
  FOLLOW_UP = 'FOLLOW_UP',
  SUPERVISION = 'SUPERVISION',
  REPORTING = 'REPORTING',
}
registerEnumType(AgreementScope, { name: 'AgreementScope' });

export enum AgreementStatus {
  PROPOSED = 'PROPOSED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  IN_FORCE = 'IN_FORCE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Derived from confirmations, termination and dates (today, UTC).',
  valuesMap: {
    PROPOSED: { description: 'Not every party has confirmed yet.' },
    NOT_YET_VALID: { description: 'Every party confirmed; validFrom is still ahead.' },
    IN_FORCE: { description: 'Every party confirmed, not terminated, today between its dates.' },
    EXPIRED: { description: 'validTo has passed.' },
    TERMINATED: { description: 'A party ended it.' },
  },
});
