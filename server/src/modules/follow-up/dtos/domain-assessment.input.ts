import { Field, InputType } from '@nestjs/graphql';
import { DomainStatus, ReintegrationDomain } from '../follow-up.enums.js';

@InputType()
export class DomainAssessmentInput {
  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field(() => DomainStatus)
  status: DomainStatus;
}
