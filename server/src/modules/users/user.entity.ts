import type { Language } from '@cirkel/i18n';
import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';
import { LanguageEnum } from '../../core/i18n/language.enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Role } from './role.enum.js';

/**
 * A person who works in Cirkel; belongs to one organisation. The password hash is not mapped:
 * the application role cannot read it (see migrations/0001_foundation.up.sql).
 */
@ObjectType()
@Entity('app_user')
export class User {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  organisationId: string;

  /** Resolved through a DataLoader (users.resolver.ts). */
  @Field(() => Organisation)
  organisation?: Organisation;

  @FieldColumn('text')
  email: string;

  @FieldColumn('text', { description: 'The name as the person writes it.' })
  name: string;

  @FieldColumn('text', { nullable: true, description: 'The name in Latin script, where `name` is in another (Arabic) script.' })
  nameLatin: string | null;

  @FieldColumn('text', { nullable: true, description: 'The name in Arabic script, where `name` is in another (Latin) script.' })
  nameArabic: string | null;

  @FieldColumn('text', { array: true, graphql: () => Role })
  roles: Role[];

  @FieldColumn('text', { graphql: () => LanguageEnum })
  language: Language;

  @FieldColumn('boolean')
  active: boolean;

  /** Added by a coordinator with a temporary password, and not yet chosen their own. */
  @FieldColumn('boolean', { description: 'Signed in with a temporary password: must choose their own before anything else works.' })
  mustChangePassword: boolean;

  @DbColumn('timestamptz', { nullable: true })
  lastLoginAt: Date | null;

  @DbColumn('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @FieldColumn('timestamptz')
  createdAt: Date;
}
