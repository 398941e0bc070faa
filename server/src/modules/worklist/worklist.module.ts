import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { SupervisionModule } from '../supervision/supervision.module.js';
import { WorklistRepository } from './worklist.repository.js';
import { WorklistResolver } from './worklist.resolver.js';
import { WorklistService } from './worklist.service.js';

@Module({
  imports: [ReferralsModule, SupervisionModule],
  providers: [WorklistService, WorklistRepository, WorklistResolver],
})
export class WorklistModule {}
