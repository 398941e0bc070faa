import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { OrganisationRow } from '../organisations/organisation-row.js';
import { CaseStatus, ClosureReason } from './cases.enums.js';

/** A case at the referring office. Personal data lives in the section tables (returnee.entity.ts and its siblings). */
@ObjectType()
@Entity('referral_case')
export class ReferralCase extends OrganisationRow {
  @Field({ description: 'e.g. STO-2026-0042' })
  @Column('text')
  number: string;

  @Column('integer')
  year: number;

  @Column('integer')
  sequence: number;

  @Column({ name: 'responsible_user_id', type: 'uuid' })
  responsibleUserId: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Column({ name: 'destination_country', type: 'text' })
  destinationCountry: string;

  @Field()
  @Column({ name: 'destination_place', type: 'text' })
  destinationPlace: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'planned_departure', type: 'date', nullable: true })
  plannedDeparture: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'actual_departure', type: 'date', nullable: true })
  actualDeparture: string | null;

  @Column({ name: 'support_amount_minor', type: 'bigint', nullable: true })
  supportAmountMinor: string | null;

  @Column({ name: 'support_currency', type: 'text', nullable: true })
  supportCurrency: string | null;

  @Field(() => CaseStatus)
  @Column('text')
  status: CaseStatus;

  @Field(() => ClosureReason, { nullable: true })
  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Field(() => Int, { description: 'Optimistic lock: send it back with every edit; a stale one is refused with CONFLICT.' })
  @Column('integer')
  version: number;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
