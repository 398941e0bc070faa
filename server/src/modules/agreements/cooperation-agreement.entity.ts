import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';
import { AgreementScope, AgreementStatus } from './agreements.enums.js';

@ObjectType()
@Entity('cooperation_agreement')
export class CooperationAgreement {
  @GeneratedId()
  id: string;

  @FieldColumn('text')
  referenceNumber: string;

  @FieldColumn('text')
  title: string;

  @FieldColumn('text', { array: true, graphql: () => AgreementScope })
  scopes: AgreementScope[];

  @FieldColumn('date')
  validFrom: string;

  @FieldColumn('date')
  validTo: string;

  @FieldColumn('integer', { description: 'Days a partner has to answer a referral under this agreement.' })
  responseTimeDays: number;

  @DbColumn('uuid')
  proposedByOrganisationId: string;

  @DbColumn('uuid', { nullable: true })
  proposedByUserId: string | null;

  @FieldColumn('timestamptz')
  createdAt: Date;

  @FieldColumn('timestamptz', { nullable: true })
  terminatedAt: Date | null;

  @DbColumn('uuid', { nullable: true })
  terminatedByOrganisationId: string | null;

  @DbColumn('uuid', { nullable: true })
  terminatedByUserId: string | null;

  @FieldColumn('text', { nullable: true })
  terminationReason: string | null;

  /** Resolved (agreements.resolver.ts), from the database's rule (agreements.repository.ts). */
  @Field(() => AgreementStatus)
  status?: AgreementStatus;
}
