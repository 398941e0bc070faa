import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repositoryRoot } from '../../../server/src/core/config/config.js';

export const screenshotDir = join(repositoryRoot, 'test-output', 'browser');

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page screenshot under test-output/browser/. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(executablePath: string, locale = 'en-GB'): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'cirkel-chromium-'));
  await mkdir(screenshotDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale,
    viewport: { width: 1280, height: 860 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async screenshot(name) {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
