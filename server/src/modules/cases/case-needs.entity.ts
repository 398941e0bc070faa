import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CaseSectionRow } from './case-row.js';

@ObjectType({ description: 'Section NEEDS.' })
@Entity('case_needs')
export class CaseNeeds extends CaseSectionRow {
  @Field()
  @Column('text')
  description: string;
}
