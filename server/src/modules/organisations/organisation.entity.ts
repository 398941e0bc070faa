import type { Language } from '@cirkel/i18n';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LanguageEnum } from '../../core/i18n/language.enum.js';
import { OrganisationKind } from './organisations.enums.js';

/** A tenant. Its directory entry is readable by every signed-in user; everything it owns is not. */
@ObjectType()
@Entity('organisation')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => OrganisationKind)
  @Column('text')
  kind: OrganisationKind;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. SE, BA, IQ.' })
  @Column('text')
  country: string;

  @Field(() => LanguageEnum)
  @Column({ name: 'default_language', type: 'text' })
  defaultLanguage: Language;

  @Field({ description: 'IANA time zone, e.g. Europe/Stockholm.' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
