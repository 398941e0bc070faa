import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { isDatabaseBusy } from '../database/pool-errors.js';
import { LOGGER, type AppLogger } from '../logging/logger.js';

/**
 * Seals new audit events into the hash chain every two seconds (audit_seal(): one sealer at a
 * time across instances, in id order). Until sealed, an event is already append-only for the
 * application role; sealing makes a later change by anyone detectable.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.seal(), 2_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async seal(): Promise<number> {
    try {
      const [{ sealed }] = (await this.dataSource.query('SELECT audit_seal() AS sealed')) as Array<{ sealed: number }>;
      return sealed;
    } catch (error) {
      if (!this.dataSource.isInitialized) return 0;
      // A database that is away for a moment (a restart, a failover) is no fault here: the events
      // wait, append-only, and the next round seals them. Anything else is worth an error.
      if (isDatabaseBusy(error)) this.logger.warning('sealing the audit trail postponed: the database is not reachable', { error });
      else this.logger.failure('sealing the audit trail failed', { error });
      return 0;
    }
  }
}
