import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { CaseSectionRow } from './case-row.js';
import { DocumentLanguage, Sex } from './cases.enums.js';

// Each consent section is a table of its own (returnee, returnee_contact, household_member, case_needs,
// returnee_health), so that row-level security can share them apart.

@ObjectType({ description: 'Section IDENTITY.' })
@Entity('returnee')
export class Returnee extends CaseSectionRow {
  @Field()
  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Field()
  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => Sex)
  @Column('text')
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @Column({ type: 'text', nullable: true })
  citizenship: string | null;

  @Field(() => [String], { description: 'ISO 639 codes (ckb for Central Kurdish).' })
  @Column('text', { array: true })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Swedish personal identity or coordination number, YYYYMMDD-NNNN.' })
  @Column({ name: 'identity_number', type: 'text', nullable: true })
  identityNumber: string | null;

  @Field(() => DocumentLanguage, { description: 'The language the returnee reads documents in (consent form).' })
  @Column({ name: 'document_language', type: 'text' })
  documentLanguage: DocumentLanguage;
}
