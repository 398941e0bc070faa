import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { OrganisationRow } from '../organisations/organisation-row.js';
import { ContactStatus } from './contacts.enums.js';

/** One step in a directory entry's cooperation status (the first has no `from`). */
@ObjectType()
@Entity('contact_status_change')
export class ContactStatusChange extends OrganisationRow {
  @DbColumn('uuid')
  contactOrganisationId: string;

  @FieldColumn('text', { nullable: true, graphql: () => ContactStatus })
  fromStatus: ContactStatus | null;

  @FieldColumn('text', { graphql: () => ContactStatus })
  toStatus: ContactStatus;

  @FieldColumn('text', { nullable: true })
  note: string | null;

  @DbColumn('uuid')
  changedByUserId: string;

  @FieldColumn('timestamptz')
  changedAt: Date;
}
