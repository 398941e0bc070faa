import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HealthRepository } from './health.repository.js';

/** /health (the process answers) and /ready (the database answers too). */
@Module({
  controllers: [HealthController],
  providers: [HealthRepository],
})
export class HealthModule {}
