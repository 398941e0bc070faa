import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { RecordedRow } from '../organisations/organisation-row.js';
import { SupervisionMode } from './supervision.enums.js';

/** A supervisor of the supervising organisation meets caseworkers of a partner. */
@ObjectType()
@Entity('supervision_session')
export class SupervisionSession extends RecordedRow {
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
}
