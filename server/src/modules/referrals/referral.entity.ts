import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { CaseRecordRow } from '../cases/case-row.js';
import { ConsentSection } from '../consents/consents.enums.js';
import { ReferralStatus } from './referrals.enums.js';

/** One case sent to one partner organisation, sharing named sections. */
@ObjectType()
@Entity('referral')
export class Referral extends CaseRecordRow {
  @DbColumn('uuid')
  toOrganisationId: string;

  @DbColumn('uuid')
  agreementId: string;

  @FieldColumn('text', { array: true, graphql: () => ConsentSection })
  sections: ConsentSection[];

  @DbColumn('text', { name: 'status' })
  storedStatus: ReferralStatus;

  @FieldColumn('text', { nullable: true })
  declineReason: string | null;

  @FieldColumn('text', { nullable: true, description: 'What the sender wants the receiving partner to know first; null when none was written.' })
  coverNote: string | null;

  @DbColumn('uuid')
  sentByUserId: string;

  @FieldColumn('timestamptz')
  sentAt: Date;

  @FieldColumn('timestamptz', { description: "When a PENDING referral expires (sentAt + the agreement's response time)." })
  expiresAt: Date;

  @DbColumn('uuid', { nullable: true })
  respondedByUserId: string | null;

  @FieldColumn('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @FieldColumn('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @DbColumn('uuid', { nullable: true })
  revokedByUserId: string | null;

  @FieldColumn('timestamptz', { nullable: true })
  completedAt: Date | null;

  /** PENDING past its answer time is EXPIRED, whether or not the periodic task has written it yet. */
  @Field(() => ReferralStatus)
  get status(): ReferralStatus {
    return this.storedStatus === ReferralStatus.PENDING && this.expiresAt.getTime() <= Date.now() ? ReferralStatus.EXPIRED : this.storedStatus;
  }
}
