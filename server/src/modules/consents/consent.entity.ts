import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { CaseRecordRow } from '../cases/case-row.js';
import { ConsentSection } from './consents.enums.js';

/** A returnee's consent to share named sections of their case with one partner organisation. */
@ObjectType()
@Entity('consent')
export class Consent extends CaseRecordRow {
  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;

  @Field(() => [ConsentSection])
  @Column('text', { array: true })
  sections: ConsentSection[];

  @Field(() => DateScalar)
  @Column({ name: 'given_on', type: 'date' })
  givenOn: string;

  @Column({ name: 'form_attachment_id', type: 'uuid', nullable: true })
  formAttachmentId: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by_user_id', type: 'uuid', nullable: true })
  withdrawnByUserId: string | null;

  @Field({ description: 'Not withdrawn.' })
  get active(): boolean {
    return this.withdrawnAt === null;
  }
}
