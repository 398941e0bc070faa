import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { CaseRecordRow } from './case-row.js';
import { HouseholdRelation, Sex } from './cases.enums.js';

@ObjectType({ description: 'Section HOUSEHOLD.' })
@Entity('household_member')
export class HouseholdMember extends CaseRecordRow {
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

  @Field(() => HouseholdRelation)
  @Column('text')
  relation: HouseholdRelation;

  @Field(() => String, { nullable: true })
  @Column({ name: 'identity_number', type: 'text', nullable: true })
  identityNumber: string | null;

  @Field({ description: 'Travels with the returnee on this case.' })
  @Column('boolean')
  travels: boolean;

  @Column('integer')
  position: number;
}
