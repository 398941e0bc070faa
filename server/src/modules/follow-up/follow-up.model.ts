import type { CaseStatus } from '../cases/cases.enums.js';
import { ObjectType } from '@nestjs/graphql';

/** The follow-up of one case by one partner, assembled from the follow-up tables (its fields are resolved). */
@ObjectType()
export class FollowUp {
  caseId: string;
  ownerOrganisationId: string;
  partnerOrganisationId: string;
  responsibleUserId: string;
  caseNumber: string;
  caseStatus: CaseStatus;
  plannedDeparture: string | null;
}
