import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { CaseRecordRow } from '../cases/case-row.js';
import { ConsentSection } from './consents.enums.js';

/** A returnee's consent to share named sections of their case with one partner organisation. */
@ObjectType()
@Entity('consent')
export class Consent extends CaseRecordRow {
  @DbColumn('uuid')
  partnerOrganisationId: string;

  @FieldColumn('text', { array: true, graphql: () => ConsentSection })
  sections: ConsentSection[];

  @FieldColumn('date')
  givenOn: string;

  @DbColumn('uuid', { nullable: true })
  formAttachmentId: string | null;

  @DbColumn('uuid')
  recordedByUserId: string;

  @FieldColumn('timestamptz')
  recordedAt: Date;

  @FieldColumn('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @DbColumn('uuid', { nullable: true })
  withdrawnByUserId: string | null;

  @Field({ description: 'Not withdrawn.' })
  get active(): boolean {
    return this.withdrawnAt === null;
  }
}
