import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { PeriodicTask } from '../../core/lifecycle/periodic-task.js';
import { LOGGER, type AppLogger } from '../../core/logging/logger.js';
import { ReferralsRepository } from './referrals.repository.js';

/**
 * Marks PENDING referrals past their answer time EXPIRED, every 30 seconds on every instance
 * (the update is idempotent). Access already ended at expires_at, in the policies; this makes
 * the status say so and writes the audit event.
 */
@Injectable()
export class ReferralExpiryTask extends PeriodicTask<number> {
  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    @Inject(LOGGER) logger: AppLogger,
    private readonly referrals: ReferralsRepository,
  ) {
    super({ everyMs: 30_000, failure: 'expiring referrals failed', nothing: 0 }, dataSource, logger);
  }

  protected override async round(): Promise<number> {
    // A transaction of its own: no request, so no tenant; the function decides what to expire.
    const expired = await this.dataSource.transaction((db) => this.referrals.expireOverdue(db));
    if (expired > 0) this.logger.info('referrals expired', { count: expired });
    return expired;
  }
}
