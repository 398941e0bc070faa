import { ObjectType } from '@nestjs/graphql';
import { DbColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** A row an organisation owns: its id, and its owner, which row-level security reads. */
@ObjectType({ isAbstract: true })
export abstract class OrganisationRow {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  organisationId: string;
}
