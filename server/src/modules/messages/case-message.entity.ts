import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** One message in the thread of a referral, between its two sides, in any language. */
@ObjectType()
@Entity('case_message')
export class CaseMessage {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  referralId: string;

  @DbColumn('uuid')
  caseId: string;

  @DbColumn('uuid')
  ownerOrganisationId: string;

  @DbColumn('uuid')
  partnerOrganisationId: string;

  @DbColumn('uuid')
  authorOrganisationId: string;

  @DbColumn('uuid')
  authorUserId: string;

  @FieldColumn('text')
  body: string;

  @FieldColumn('timestamptz', { name: 'created_at' })
  sentAt: Date;
}
