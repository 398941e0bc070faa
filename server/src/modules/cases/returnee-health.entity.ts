import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { CaseSectionRow } from './case-row.js';

@ObjectType({
  description: 'Section HEALTH: seen only by caseworkers and supervisors of the owner, and partner caseworkers it is shared with.',
})
@Entity('returnee_health')
export class ReturneeHealth extends CaseSectionRow {
  @FieldColumn('text')
  information: string;

  @FieldColumn('text', { array: true })
  vulnerabilities: string[];
}
