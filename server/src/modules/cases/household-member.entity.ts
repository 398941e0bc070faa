import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { CaseRecordRow } from './case-row.js';
import { HouseholdRelation } from './cases.enums.js';
import { PersonColumns } from './person-columns.js';

@ObjectType({ description: 'Section HOUSEHOLD.' })
@Entity('household_member')
export class HouseholdMember extends PersonColumns(CaseRecordRow) {
  @FieldColumn('text', { graphql: () => HouseholdRelation })
  relation: HouseholdRelation;

  @FieldColumn('text', { nullable: true })
  identityNumber: string | null;

  @FieldColumn('boolean', { description: 'Travels with the returnee on this case.' })
  travels: boolean;

  @DbColumn('integer')
  position: number;
}
