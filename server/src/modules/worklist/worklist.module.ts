import { Module } from '@nestjs/common';
import { FollowUpModule } from '../follow-up/follow-up.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { SupervisionModule } from '../supervision/supervision.module.js';
import { WorklistRepository } from './worklist.repository.js';
import { WorklistResolver } from './worklist.resolver.js';
import { WorklistService } from './worklist.service.js';

@Module({
  imports: [ReferralsModule, FollowUpModule, SupervisionModule],
  providers: [WorklistService, WorklistRepository, WorklistResolver],
})
export class WorklistModule {}
