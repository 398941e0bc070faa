import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// The app's own Vite configuration (plugins, aliases), with the test settings on top.
export default mergeConfig(viteConfig, defineConfig({
  test: {
    name: 'client',
    root: import.meta.dirname,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    css: false,
    restoreMocks: true,
    // A bound for a hung test, not a speed requirement: typing a whole form took over 40 s on a
    // machine with two cores and four busy processes (see asyncUtilTimeout in test/setup.ts).
    testTimeout: 120_000,
  },
}));
