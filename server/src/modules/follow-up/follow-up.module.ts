import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import {
  ArrivalResolver,
  AssessmentResolver,
  CaseFollowUpResolver,
  FollowUpResolver,
  PlanResolver,
  VisitResolver,
} from './follow-up.resolver.js';
import { FollowUpService } from './follow-up.service.js';

@Module({
  imports: [CasesModule],
  providers: [FollowUpService, FollowUpResolver, CaseFollowUpResolver, ArrivalResolver, PlanResolver, VisitResolver, AssessmentResolver],
})
export class FollowUpModule {}
