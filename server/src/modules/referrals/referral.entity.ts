import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CaseRecordRow } from '../cases/case-row.js';
import { ConsentSection } from '../consents/consents.enums.js';
import { ReferralStatus } from './referrals.enums.js';

/** One case sent to one partner organisation, sharing named sections. */
@ObjectType()
@Entity('referral')
export class Referral extends CaseRecordRow {
  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Field(() => [ConsentSection])
  @Column('text', { array: true })
  sections: ConsentSection[];

  @Column({ name: 'status', type: 'text' })
  storedStatus: ReferralStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'sent_by_user_id', type: 'uuid' })
  sentByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Field(() => GraphQLISODateTime, { description: "When a PENDING referral expires (sentAt + the agreement's response time)." })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'responded_by_user_id', type: 'uuid', nullable: true })
  respondedByUserId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by_user_id', type: 'uuid', nullable: true })
  revokedByUserId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** PENDING past its answer time is EXPIRED, whether or not the periodic task has written it yet. */
  @Field(() => ReferralStatus)
  get status(): ReferralStatus {
    return this.storedStatus === ReferralStatus.PENDING && this.expiresAt.getTime() <= Date.now() ? ReferralStatus.EXPIRED : this.storedStatus;
  }
}
