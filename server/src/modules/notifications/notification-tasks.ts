import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { PeriodicTask } from '../../core/lifecycle/periodic-task.js';
import { LOGGER, type AppLogger } from '../../core/logging/logger.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * Notifications that time raises rather than a person: follow-up visits that became overdue,
 * supervision actions falling due (on the partner's calendar day: migration 0006), outreach and
 * consultation follow-ups falling due (on the owner's). Every minute, on every instance; the database makes sure
 * each is sent once (FOR UPDATE SKIP LOCKED and a "notified" mark).
 */
@Injectable()
export class NotificationTasks extends PeriodicTask<{ overdue: number; due: number; outreach: number }> {
  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    @Inject(LOGGER) logger: AppLogger,
    private readonly repository: NotificationsRepository,
  ) {
    super({ everyMs: 60_000, failure: 'time-based notifications failed', nothing: { overdue: 0, due: 0, outreach: 0 } }, dataSource, logger);
  }

  protected override async round(): Promise<{ overdue: number; due: number; outreach: number }> {
    const overdue = await this.repository.notifyOverdueFollowUps(this.dataSource);
    const due = await this.repository.notifyDueActions(this.dataSource);
    const outreach = await this.repository.notifyOutreachFollowUps(this.dataSource);
    return { overdue, due, outreach };
  }
}
