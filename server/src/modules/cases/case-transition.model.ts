import { Field, ObjectType } from '@nestjs/graphql';
import { CaseStatus, ClosureReason } from './cases.enums.js';

/** A status change allowed from where a case stands (case-status-machine.ts). */
@ObjectType()
export class CaseTransition {
  @Field(() => CaseStatus)
  to: CaseStatus;

  @Field(() => [ClosureReason])
  closureReasons: ClosureReason[];
}
