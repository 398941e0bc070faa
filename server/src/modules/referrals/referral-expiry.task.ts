import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { LOGGER, type AppLogger } from '../../core/logging/logger.js';
import { ReferralsRepository } from './referrals.repository.js';

/**
 * Marks PENDING referrals past their answer time EXPIRED, every 30 seconds on every instance
 * (the update is idempotent). Access already ended at expires_at, in the policies; this makes
 * the status say so and writes the audit event.
 */
@Injectable()
export class ReferralExpiryTask implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly referrals: ReferralsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), 30_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<number> {
    try {
      // A transaction of its own: no request, so no tenant; the function decides what to expire.
      const expired = await this.dataSource.transaction((db) => this.referrals.expireOverdue(db));
      if (expired > 0) this.logger.info('referrals expired', { count: expired });
      return expired;
    } catch (error) {
      if (this.dataSource.isInitialized) this.logger.failure('expiring referrals failed', { error });
      return 0;
    }
  }
}
