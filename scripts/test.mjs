// `npm test`: type checks, builds the portal the browser tests drive, then runs every suite
// (i18n, server, client, browser) with Vitest. Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

function step(title, command, args) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${title} failed\n`);
    process.exit(result.status ?? 1);
  }
}

step('type check', 'npm', ['run', 'typecheck']);
step('build', 'npm', ['run', 'build']);
step('tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
process.stderr.write(`\n✓ npm test passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
