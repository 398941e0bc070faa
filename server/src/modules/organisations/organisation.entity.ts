import type { Language } from '@cirkel/i18n';
import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';
import { LanguageEnum } from '../../core/i18n/language.enum.js';
import { OrganisationKind } from './organisations.enums.js';

/** A tenant. Its directory entry is readable by every signed-in user; everything it owns is not. */
@ObjectType()
@Entity('organisation')
export class Organisation {
  @GeneratedId()
  id: string;

  @FieldColumn('text', { description: 'The name as the organisation writes it.' })
  name: string;

  @FieldColumn('text', { nullable: true, description: 'Its name in Latin script, for Swedish, English and Bosnian readers, where `name` is in another script.' })
  nameLatin: string | null;

  @FieldColumn('text', { nullable: true, description: 'Its name in Arabic script, for Arabic readers, where `name` is in another script.' })
  nameArabic: string | null;

  @FieldColumn('text', { graphql: () => OrganisationKind })
  kind: OrganisationKind;

  @FieldColumn('text', { description: 'ISO 3166-1 alpha-2 country code, e.g. SE, BA, IQ.' })
  country: string;

  @FieldColumn('text', { graphql: () => LanguageEnum })
  defaultLanguage: Language;

  @FieldColumn('text', { description: 'IANA time zone, e.g. Europe/Stockholm.' })
  timeZone: string;

  @DbColumn('timestamptz')
  createdAt: Date;
}
