import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { OrganisationRow } from '../organisations/organisation-row.js';
import { CaseSourceKind, CaseStatus, ClosureReason } from './cases.enums.js';

/** A case at the referring office. Personal data lives in the section tables (returnee.entity.ts and its siblings). */
@ObjectType()
@Entity('referral_case')
export class ReferralCase extends OrganisationRow {
  @FieldColumn('text', { description: 'e.g. STO-2026-0042' })
  number: string;

  @DbColumn('integer')
  year: number;

  @DbColumn('integer')
  sequence: number;

  @DbColumn('uuid')
  responsibleUserId: string;

  @FieldColumn('text', { description: 'ISO 3166-1 alpha-2.' })
  destinationCountry: string;

  @FieldColumn('text')
  destinationPlace: string;

  @FieldColumn('date', { nullable: true })
  plannedDeparture: string | null;

  @FieldColumn('date', { nullable: true })
  actualDeparture: string | null;

  @DbColumn('bigint', { nullable: true })
  supportAmountMinor: string | null;

  @DbColumn('text', { nullable: true })
  supportCurrency: string | null;

  @FieldColumn('text', { graphql: () => CaseStatus })
  status: CaseStatus;

  @FieldColumn('text', { nullable: true, graphql: () => ClosureReason })
  closureReason: ClosureReason | null;

  @FieldColumn('integer', { description: 'Optimistic lock: send it back with every edit; a stale one is refused with CONFLICT.' })
  version: number;

  @DbColumn('uuid')
  createdByUserId: string;

  // How the returnee came to the office (migration 0018): the owner's own knowledge, shown to the
  // owner only (the `source` field); the references name the owner's own rows.
  @DbColumn('text', { nullable: true })
  sourceKind: CaseSourceKind | null;

  @DbColumn('uuid', { nullable: true })
  sourceContactId: string | null;

  @DbColumn('uuid', { nullable: true })
  sourceOutreachActivityId: string | null;

  @DbColumn('uuid', { nullable: true })
  sourceConsultationId: string | null;

  @FieldColumn('timestamptz')
  createdAt: Date;

  @FieldColumn('timestamptz')
  updatedAt: Date;
}
