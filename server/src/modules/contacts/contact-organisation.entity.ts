import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { UpdatedRow } from '../organisations/organisation-row.js';
import { ContactKind, ContactStatus } from './contacts.enums.js';

/** An external organisation in one organisation's own contacts directory. */
@ObjectType()
@Entity('contact_organisation')
export class ContactOrganisation extends UpdatedRow {
  @FieldColumn('text')
  name: string;

  @FieldColumn('text', { graphql: () => ContactKind })
  kind: ContactKind;

  @FieldColumn('text', { array: true, graphql: () => String, description: 'ISO 3166-1 alpha-2 codes, e.g. IQ, SO, BA.' })
  focusCountries: string[];

  @FieldColumn('text', { array: true, graphql: () => String, description: 'ISO 639 codes, e.g. ar, so, bs.' })
  languages: string[];

  @FieldColumn('text', { nullable: true, description: 'District or municipality.' })
  district: string | null;

  @FieldColumn('text', { nullable: true })
  address: string | null;

  @FieldColumn('text', { nullable: true })
  website: string | null;

  @FieldColumn('text', { graphql: () => ContactStatus })
  status: ContactStatus;

  /** The name folded as search and the duplicate check compare it (a generated column; the list's sort key). */
  @DbColumn('text', { name: 'name_key' })
  nameKey: string;

  @DbColumn('uuid', { nullable: true })
  letterOfIntentAttachmentId: string | null;

  @FieldColumn('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @DbColumn('uuid', { nullable: true })
  archivedByUserId: string | null;

  @Field({ description: 'Archived: kept for its history, out of the directory’s default list.' })
  get archived(): boolean {
    return this.archivedAt !== null;
  }
}
