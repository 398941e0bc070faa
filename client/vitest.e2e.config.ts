import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium against the built portal, started on 127.0.0.1.
export default defineConfig({
  test: {
    name: 'browser',
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a claim about speed that a loaded machine breaks.
    // Wait for the condition as long as Playwright's own waits do (30 s), within the test's bound.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
