import { Field, ObjectType } from '@nestjs/graphql';
import { DomainStatus, ReintegrationDomain } from './follow-up.enums.js';

/** How one domain stood at a visit. */
@ObjectType()
export class DomainAssessment {
  @Field(() => ReintegrationDomain)
  domain: ReintegrationDomain;

  @Field(() => DomainStatus)
  status: DomainStatus;
}
