import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { WorklistResolver } from './worklist.resolver.js';
import { WorklistService } from './worklist.service.js';

@Module({
  imports: [ReferralsModule],
  providers: [WorklistService, WorklistResolver],
})
export class WorklistModule {}
