import { verifyAuditTrail } from '../core/audit/audit-verify.js';
import { ConfigError, loadConfig } from '../core/config/config.js';
import { locateDatabase } from '../core/database/database.js';
import { createLogger } from '../core/logging/logger.js';

/** `npm run audit:verify`: exit 0 when the chain is intact, 1 naming the first broken event. */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await locateDatabase(config, createLogger({ level: 'warn', environment: config.environment }));
  try {
    const result = await verifyAuditTrail(database.ownerUrl);
    if (result.problem) {
      process.stdout.write(`audit trail BROKEN after ${result.events} intact events: ${result.problem.message}\n`);
      return 1;
    }
    process.stdout.write(`audit trail intact: ${result.events} events\n`);
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
