import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';
import { SupervisionMode } from './supervision.enums.js';

/** A supervisor of the supervising organisation meets caseworkers of a partner. */
@ObjectType()
@Entity('supervision_session')
export class SupervisionSession {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  organisationId: string;

  @DbColumn('uuid')
  partnerOrganisationId: string;

  @FieldColumn('date')
  heldOn: string;

  @FieldColumn('text', { graphql: () => SupervisionMode })
  mode: SupervisionMode;

  @FieldColumn('text', { array: true })
  topics: string[];

  @FieldColumn('text')
  notes: string;

  @FieldColumn('integer')
  version: number;

  @DbColumn('uuid')
  createdByUserId: string;

  @FieldColumn('timestamptz')
  createdAt: Date;
}
