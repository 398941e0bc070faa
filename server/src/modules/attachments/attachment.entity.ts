import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { OrganisationRow } from '../organisations/organisation-row.js';

/** An uploaded file (the signed consent form). Its bytes are read only by the download route. */
@ObjectType()
@Entity('attachment')
export class Attachment extends OrganisationRow {
  @FieldColumn('text')
  fileName: string;

  @FieldColumn('text')
  contentType: string;

  @FieldColumn('integer')
  size: number;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @DbColumn('uuid')
  uploadedByUserId: string;

  @FieldColumn('timestamptz')
  createdAt: Date;

  @Field({ description: 'Relative URL; GET it with the bearer token.' })
  get url(): string {
    return `/attachments/${this.id}`;
  }
}
