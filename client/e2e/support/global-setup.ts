import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repositoryRoot } from '../../../server/src/core/config/config.js';
import { freePort } from '../../../server/test/support/global-setup.js';
import { ensureServerBuilt, startServerProcess } from '../../../server/test/support/server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `mailInbox`: the JSON inbox of the portal's embedded mail catcher (`/messages`). */
    portal: { baseUrl: string; chromium: string; mailInbox: string } | null;
  }
}

/** Debian's Chromium (tools that download their own browser cannot run here). */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function ensureClientBuilt(): void {
  if (existsSync(join(repositoryRoot, 'client', 'dist', 'index.html'))) return;
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: repositoryRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('client build failed');
}

/**
 * Starts the built portal as `npm start` would — embedded PostgreSQL, demo data — in a data
 * folder of its own, on free ports on 127.0.0.1; stops it by its process id afterwards.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const chromium = findChromium();
  if (!chromium) {
    const banner = [
      '',
      '##########################################################################',
      '#  BROWSER TESTS SKIPPED: no Chromium found (apt-get install chromium    #',
      '#  fonts-noto-core, or set CHROMIUM_PATH). Under CI=true this is a failure.',
      '##########################################################################',
      '',
    ].join('\n');
    if (process.env.CI === 'true') throw new Error(`Chromium is required under CI=true.${banner}`);
    process.stderr.write(banner);
    project.provide('portal', null);
    return undefined;
  }
  ensureClientBuilt();
  ensureServerBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'cirkel-browser-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const mailWebPort = await freePort();
  const server = startServerProcess({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    EMBEDDED_DB_PORT: String(await freePort()),
    DEMO_DATA: 'true',
    // The mail catcher on free ports too, so that a developer's running portal is no obstacle.
    MAIL_CATCHER_PORT: String(await freePort()),
    MAIL_CATCHER_WEB_PORT: String(mailWebPort),
  });
  try {
    await server.waitFor(/Demo password/, 90_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide('portal', { baseUrl: `http://127.0.0.1:${port}`, chromium, mailInbox: `http://127.0.0.1:${mailWebPort}/messages` });
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
