import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { SupervisionMode } from './supervision.enums.js';

/** A supervisor of the supervising organisation meets caseworkers of a partner. */
@ObjectType()
@Entity('supervision_session')
export class SupervisionSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;

  @Field(() => DateScalar)
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => SupervisionMode)
  @Column('text')
  mode: SupervisionMode;

  @Field(() => [String])
  @Column('text', { array: true })
  topics: string[];

  @Field()
  @Column('text')
  notes: string;

  @Field(() => Int)
  @Column('integer')
  version: number;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
