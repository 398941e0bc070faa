import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { CaseSectionRow } from './case-row.js';

@ObjectType({ description: 'Section CONTACT.' })
@Entity('returnee_contact')
export class ReturneeContact extends CaseSectionRow {
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
