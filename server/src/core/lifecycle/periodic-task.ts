import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppLogger } from '../logging/logger.js';

export interface Schedule<Result> {
  /** How often a round starts, from application bootstrap until the module is destroyed. */
  everyMs: number;
  /** The log message of a failed round. */
  failure: string;
  /** What a failed round answers. */
  nothing: Result;
}

/**
 * Work that time starts rather than a request, on every instance: a round every `everyMs` on a
 * timer that never keeps the process alive. A failed round is logged and answers `nothing`; after
 * the data source has closed (shutting down) it is not worth a log line.
 */
export abstract class PeriodicTask<Result> implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  protected constructor(
    private readonly schedule: Schedule<Result>,
    protected readonly dataSource: DataSource,
    protected readonly logger: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), this.schedule.everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One round now (the timer's, or a test's). */
  async run(): Promise<Result> {
    try {
      return await this.round();
    } catch (error) {
      if (this.dataSource.isInitialized) this.reportFailure(error);
      return this.schedule.nothing;
    }
  }

  protected abstract round(): Promise<Result>;

  protected reportFailure(error: unknown): void {
    this.logger.failure(this.schedule.failure, { error });
  }
}
