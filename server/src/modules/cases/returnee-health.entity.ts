import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CaseSectionRow } from './case-row.js';

@ObjectType({
  description: 'Section HEALTH: seen only by caseworkers and supervisors of the owner, and partner caseworkers it is shared with.',
})
@Entity('returnee_health')
export class ReturneeHealth extends CaseSectionRow {
  @Field()
  @Column('text')
  information: string;

  @Field(() => [String])
  @Column('text', { array: true })
  vulnerabilities: string[];
}
