import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { OrganisationRow } from '../organisations/organisation-row.js';
import { StoredFileColumns } from './stored-file-columns.js';

/** An uploaded file (the signed consent form). Its bytes are read only by the download route. */
@ObjectType()
@Entity('attachment')
export class Attachment extends StoredFileColumns(OrganisationRow) {
  @FieldColumn('timestamptz')
  createdAt: Date;

  @Field({ description: 'Relative URL; GET it with the bearer token.' })
  get url(): string {
    return `/attachments/${this.id}`;
  }
}
