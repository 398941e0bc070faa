import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { DocumentLanguage, HouseholdRelation, Sex } from './case-enums.js';

// One class per consent section; each is its own table, so row-level security shares them apart.

@ObjectType({ description: 'Section IDENTITY.' })
@Entity('returnee')
export class Returnee {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

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

@ObjectType({ description: 'Section CONTACT.' })
@Entity('returnee_contact')
export class ReturneeContact {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'address_in_sweden', type: 'text', nullable: true })
  addressInSweden: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

@ObjectType({ description: 'Section HOUSEHOLD.' })
@Entity('household_member')
export class HouseholdMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

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

@ObjectType({ description: 'Section NEEDS.' })
@Entity('case_needs')
export class CaseNeeds {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field()
  @Column('text')
  description: string;
}

@ObjectType({
  description: 'Section HEALTH: seen only by caseworkers and supervisors of the owner, and partner caseworkers it is shared with.',
})
@Entity('returnee_health')
export class ReturneeHealth {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Field()
  @Column('text')
  information: string;

  @Field(() => [String])
  @Column('text', { array: true })
  vulnerabilities: string[];
}
