import { ConfigError, loadConfig } from '../core/config/config.js';
import { locateDatabase } from '../core/database/database.js';
import { migrate, migrateDown } from '../core/database/migrations.js';
import { createLogger } from '../core/logging/logger.js';

/** `npm run db:migrate` (up) and `npm run db:revert` (down): the same settings as the server. */
async function main(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new ConfigError('Say "up" or "down".');
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, environment: config.environment });
  const database = await locateDatabase(config, logger);
  try {
    if (direction === 'up') {
      const { migrations, functions } = await migrate(database.ownerUrl, database.appRole);
      if (migrations.length > 0) process.stdout.write(`applied: ${migrations.join(', ')}\n`);
      if (functions.length > 0) process.stdout.write(`functions applied: ${functions.join(', ')}\n`);
      if (migrations.length + functions.length === 0) process.stdout.write('nothing to apply\n');
    } else {
      const reverted = await migrateDown(database.ownerUrl, database.appRole);
      process.stdout.write(reverted ? `reverted: ${reverted}\n` : 'nothing to revert\n');
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
