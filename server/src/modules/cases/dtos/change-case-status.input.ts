import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt } from 'class-validator';
import { CaseStatus, ClosureReason } from '../cases.enums.js';

@InputType()
export class ChangeCaseStatusInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => CaseStatus)
  to: CaseStatus;

  @Field(() => ClosureReason, { nullable: true })
  closureReason?: ClosureReason | null;
}
