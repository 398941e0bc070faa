import { defineConfig } from 'vitest/config';

// One run for every suite; each project keeps its own configuration.
export default defineConfig({
  test: {
    projects: ['i18n/vitest.config.js', 'server/vitest.config.ts', 'client/vitest.config.ts', 'client/vitest.e2e.config.ts'],
  },
});
