import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { AgreementScope, AgreementStatus } from './agreement-scope.enum.js';

@ObjectType()
@Entity('cooperation_agreement')
export class CooperationAgreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'reference_number', type: 'text' })
  referenceNumber: string;

  @Field()
  @Column('text')
  title: string;

  @Field(() => [AgreementScope])
  @Column('text', { array: true })
  scopes: AgreementScope[];

  @Field(() => DateScalar)
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Field(() => DateScalar)
  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Field(() => Int, { description: 'Days a partner has to answer a referral under this agreement.' })
  @Column({ name: 'response_time_days', type: 'integer' })
  responseTimeDays: number;

  @Column({ name: 'proposed_by_organisation_id', type: 'uuid' })
  proposedByOrganisationId: string;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'terminated_at', type: 'timestamptz', nullable: true })
  terminatedAt: Date | null;

  @Column({ name: 'terminated_by_organisation_id', type: 'uuid', nullable: true })
  terminatedByOrganisationId: string | null;

  @Column({ name: 'terminated_by_user_id', type: 'uuid', nullable: true })
  terminatedByUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  /** Resolved (agreements.resolver.ts). */
  @Field(() => AgreementStatus)
  status?: AgreementStatus;
}

@ObjectType()
@Entity('agreement_party')
export class AgreementParty {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null until a coordinator of this party confirms.' })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by_user_id', type: 'uuid', nullable: true })
  confirmedByUserId: string | null;
}

/** The status of an agreement today, from its parties' confirmations, termination and dates. */
export function agreementStatus(agreement: CooperationAgreement, parties: AgreementParty[], today: string): AgreementStatus {
  if (agreement.terminatedAt) return AgreementStatus.TERMINATED;
  if (agreement.validTo < today) return AgreementStatus.EXPIRED;
  if (parties.some((party) => !party.confirmedAt)) return AgreementStatus.PROPOSED;
  if (agreement.validFrom > today) return AgreementStatus.NOT_YET_VALID;
  return AgreementStatus.IN_FORCE;
}
