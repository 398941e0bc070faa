import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** Columns every follow-up table has: whose case, which partner follows it up. */
export abstract class FollowUpParties {
  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ name: 'partner_organisation_id', type: 'uuid' })
  partnerOrganisationId: string;
}

/** A row of a follow-up table that has an id of its own (all but the arrival, one per case). */
@ObjectType({ isAbstract: true })
export abstract class FollowUpRow extends FollowUpParties {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;
}

/** A visit or an assessment: recorded once, by a partner caseworker, never changed. */
@ObjectType({ isAbstract: true })
export abstract class RecordedFollowUpRow extends FollowUpRow {
  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
