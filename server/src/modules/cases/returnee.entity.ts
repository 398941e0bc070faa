import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { CaseSectionRow } from './case-row.js';
import { DocumentLanguage, Sex } from './cases.enums.js';

// Each consent section is a table of its own (returnee, returnee_contact, household_member, case_needs,
// returnee_health), so that row-level security can share them apart.

@ObjectType({ description: 'Section IDENTITY.' })
@Entity('returnee')
export class Returnee extends CaseSectionRow {
  @FieldColumn('text')
  firstName: string;

  @FieldColumn('text')
  lastName: string;

  @FieldColumn('date', { nullable: true })
  dateOfBirth: string | null;

  @FieldColumn('text', { graphql: () => Sex })
  sex: Sex;

  @FieldColumn('text', { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  citizenship: string | null;

  @FieldColumn('text', { array: true, description: 'ISO 639 codes (ckb for Central Kurdish).' })
  languages: string[];

  @FieldColumn('text', { nullable: true, description: 'Swedish personal identity or coordination number, YYYYMMDD-NNNN.' })
  identityNumber: string | null;

  @FieldColumn('text', { graphql: () => DocumentLanguage, description: 'The language the returnee reads documents in (consent form).' })
  documentLanguage: DocumentLanguage;
}
