import { Field, ID, InputType } from '@nestjs/graphql';
import { IntField } from '../../../core/validation/input-fields.js';
import { CaseStatus, ClosureReason } from '../cases.enums.js';

@InputType()
export class ChangeCaseStatusInput {
  @Field(() => ID)
  caseId: string;

  @IntField()
  version: number;

  @Field(() => CaseStatus)
  to: CaseStatus;

  @Field(() => ClosureReason, { nullable: true })
  closureReason?: ClosureReason | null;
}
