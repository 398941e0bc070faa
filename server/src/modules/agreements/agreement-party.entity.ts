import { ObjectType } from '@nestjs/graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';

/** An organisation's part in an agreement, and its coordinator's confirmation. */
@ObjectType()
@Entity('agreement_party')
export class AgreementParty {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @FieldColumn('timestamptz', { nullable: true, description: 'Null until a coordinator of this party confirms.' })
  confirmedAt: Date | null;

  @DbColumn('uuid', { nullable: true })
  confirmedByUserId: string | null;
}
