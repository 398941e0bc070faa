import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { UpdatedRow } from '../organisations/organisation-row.js';

/** A person at a directory entry: personal data (reads are audited; a person can be removed). */
@ObjectType()
@Entity('contact_person')
export class ContactPerson extends UpdatedRow {
  @DbColumn('uuid')
  contactOrganisationId: string;

  @FieldColumn('text')
  name: string;

  @FieldColumn('text', { nullable: true, description: 'Their role at the organisation (chair, imam, officer…).' })
  roleTitle: string | null;

  @FieldColumn('text', { nullable: true })
  phone: string | null;

  @FieldColumn('text', { nullable: true })
  email: string | null;

  @FieldColumn('text', { nullable: true, description: 'ISO 639 code.' })
  preferredLanguage: string | null;
}
