import { ObjectType } from '@nestjs/graphql';
import { DbColumn, FieldColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** Columns every follow-up table has: whose case, which partner follows it up. */
export abstract class FollowUpParties {
  @DbColumn('uuid')
  ownerOrganisationId: string;

  @DbColumn('uuid')
  partnerOrganisationId: string;
}

/** A row of a follow-up table that has an id of its own (all but the arrival, one per case). */
@ObjectType({ isAbstract: true })
export abstract class FollowUpRow extends FollowUpParties {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  caseId: string;
}

/** A visit or an assessment: recorded once, by a partner caseworker, never changed. */
@ObjectType({ isAbstract: true })
export abstract class RecordedFollowUpRow extends FollowUpRow {
  @DbColumn('uuid')
  recordedByUserId: string;

  @FieldColumn('timestamptz')
  recordedAt: Date;
}
