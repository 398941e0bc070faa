import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { FollowUpRepository } from './follow-up.repository.js';
import {
  ArrivalResolver,
  AssessmentResolver,
  CaseFollowUpResolver,
  FollowUpMutationsResolver,
  FollowUpRecordsResolver,
  FollowUpReferencesResolver,
  FollowUpResolver,
  PlanReferencesResolver,
  PlanResolver,
  VisitResolver,
} from './follow-up.resolver.js';
import { FollowUpService } from './follow-up.service.js';

@Module({
  imports: [CasesModule],
  providers: [
    FollowUpService,
    FollowUpRepository,
    FollowUpResolver,
    FollowUpReferencesResolver,
    FollowUpMutationsResolver,
    FollowUpRecordsResolver,
    CaseFollowUpResolver,
    ArrivalResolver,
    PlanResolver,
    PlanReferencesResolver,
    VisitResolver,
    AssessmentResolver,
  ],
  exports: [FollowUpService],
})
export class FollowUpModule {}
