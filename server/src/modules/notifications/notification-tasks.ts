import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { LOGGER, type AppLogger } from '../../core/logging/logger.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * Notifications that time raises rather than a person: follow-up visits that became overdue,
 * supervision actions falling due (on the partner's calendar day: migration 0006). Every minute, on every instance; the database makes sure
 * each is sent once (FOR UPDATE SKIP LOCKED and a "notified" mark).
 */
@Injectable()
export class NotificationTasks implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly repository: NotificationsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<{ overdue: number; due: number }> {
    try {
      const overdue = await this.repository.notifyOverdueFollowUps(this.dataSource);
      const due = await this.repository.notifyDueActions(this.dataSource);
      return { overdue, due };
    } catch (error) {
      if (this.dataSource.isInitialized) this.logger.failure('time-based notifications failed', { error });
      return { overdue: 0, due: 0 };
    }
  }
}
