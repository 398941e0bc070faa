// `npm start`: builds what is stale (the client only when its sources changed), then runs the
// server in the foreground. The server stops gracefully on Ctrl-C / SIGTERM, embedded
// PostgreSQL included; this script only waits for it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withServerNodeOptions } from '../server/scripts/node-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function run(args) {
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const clientIndex = join(root, 'client', 'dist', 'index.html');
const clientSources = ['client/src', 'client/index.html', 'client/vite.config.ts', 'client/public', 'i18n/locales', 'i18n/index.js', 'i18n/meta.js'];
const clientStale =
  !existsSync(clientIndex) || Math.max(...clientSources.map((p) => newestMtime(join(root, p)))) > statSync(clientIndex).mtimeMs;
if (clientStale) run(['run', 'build', '-w', 'client']);
run(['run', 'build', '-w', 'server']);
process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server…\n`);

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'server', 'dist', 'main.js')], {
  cwd: root,
  env: withServerNodeOptions(process.env),
  stdio: 'inherit',
});
// Ctrl-C reaches the server directly (same process group); a SIGTERM sent to this script is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
