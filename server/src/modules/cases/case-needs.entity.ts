import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { CaseSectionRow } from './case-row.js';

@ObjectType({ description: 'Section NEEDS.' })
@Entity('case_needs')
export class CaseNeeds extends CaseSectionRow {
  @FieldColumn('text')
  description: string;
}
