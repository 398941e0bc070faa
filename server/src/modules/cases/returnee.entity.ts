import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { CaseSectionRow } from './case-row.js';
import { DocumentLanguage } from './cases.enums.js';
import { PersonColumns } from './person-columns.js';

// Each consent section is a table of its own (returnee, returnee_contact, household_member, case_needs,
// returnee_health), so that row-level security can share them apart.

@ObjectType({ description: 'Section IDENTITY.' })
@Entity('returnee')
export class Returnee extends PersonColumns(CaseSectionRow) {
  @FieldColumn('text', { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  citizenship: string | null;

  @FieldColumn('text', { array: true, description: 'ISO 639 codes (ckb for Central Kurdish).' })
  languages: string[];

  @FieldColumn('text', { nullable: true, description: 'Swedish personal identity or coordination number, YYYYMMDD-NNNN.' })
  identityNumber: string | null;

  @FieldColumn('text', { graphql: () => DocumentLanguage, description: 'The language the returnee reads documents in (consent form).' })
  documentLanguage: DocumentLanguage;
}
