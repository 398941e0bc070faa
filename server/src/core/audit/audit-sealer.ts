import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../database/database.tokens.js';
import { isDatabaseBusy } from '../database/pool-errors.js';
import { PeriodicTask } from '../lifecycle/periodic-task.js';
import { LOGGER, type AppLogger } from '../logging/logger.js';

/**
 * Seals new audit events into the hash chain every two seconds (audit_seal(): one sealer at a
 * time across instances, in id order). Until sealed, an event is already append-only for the
 * application role; sealing makes a later change by anyone detectable.
 */
@Injectable()
export class AuditSealer extends PeriodicTask<number> {
  constructor(@Inject(APP_DATA_SOURCE) dataSource: DataSource, @Inject(LOGGER) logger: AppLogger) {
    super({ everyMs: 2_000, failure: 'sealing the audit trail failed', nothing: 0 }, dataSource, logger);
  }

  seal(): Promise<number> {
    return this.run();
  }

  protected override async round(): Promise<number> {
    const [{ sealed }] = (await this.dataSource.query('SELECT audit_seal() AS sealed')) as Array<{ sealed: number }>;
    return sealed;
  }

  // A database that is away for a moment (a restart, a failover) is no fault here: the events
  // wait, append-only, and the next round seals them. Anything else is worth an error.
  protected override reportFailure(error: unknown): void {
    if (isDatabaseBusy(error)) this.logger.warning('sealing the audit trail postponed: the database is not reachable', { error });
    else super.reportFailure(error);
  }
}
