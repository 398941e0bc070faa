import { ObjectType } from '@nestjs/graphql';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** A row an organisation owns: its id, and its owner, which row-level security reads. */
@ObjectType({ isAbstract: true })
export abstract class OrganisationRow {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  organisationId: string;
}

/** A row its organisation's staff record and edit: the version an edit names, and who recorded it when. */
@ObjectType({ isAbstract: true })
export abstract class RecordedRow extends OrganisationRow {
  @FieldColumn('integer')
  version: number;

  @DbColumn('uuid')
  createdByUserId: string;

  @FieldColumn('timestamptz')
  createdAt: Date;
}

/** A recorded row that also says when it last changed. */
@ObjectType({ isAbstract: true })
export abstract class UpdatedRow extends RecordedRow {
  @FieldColumn('timestamptz')
  updatedAt: Date;
}
