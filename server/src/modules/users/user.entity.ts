import type { Language } from '@cirkel/i18n';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
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
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** Resolved through a DataLoader (users.resolver.ts). */
  @Field(() => Organisation)
  organisation?: Organisation;

  @Field()
  @Column('text')
  email: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => [Role])
  @Column('text', { array: true })
  roles: Role[];

  @Field(() => LanguageEnum)
  @Column('text')
  language: Language;

  @Field()
  @Column('boolean')
  active: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @Field()
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
