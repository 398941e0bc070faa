import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { AgreementScope, AgreementStatus } from './agreements.enums.js';

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

  /** Resolved (agreements.resolver.ts), from the database's rule (agreements.repository.ts). */
  @Field(() => AgreementStatus)
  status?: AgreementStatus;
}
