import { ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { FieldColumn } from '../../core/database/entity-columns.js';
import { CaseSectionRow } from './case-row.js';

@ObjectType({ description: 'Section CONTACT.' })
@Entity('returnee_contact')
export class ReturneeContact extends CaseSectionRow {
  @FieldColumn('text', { nullable: true })
  phone: string | null;

  @FieldColumn('text', { nullable: true })
  email: string | null;

  @FieldColumn('text', { nullable: true })
  addressInSweden: string | null;

  @FieldColumn('text', { nullable: true })
  notes: string | null;
}
