import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// `npm test` first runs a deliberately failing fixture through this same setup (its self-check,
// see scripts/test.mjs); the fixtures never match the suite's own glob.
const selfCheck = process.env.CIRKEL_TEST_SELF_CHECK === '1';

export default defineConfig({
  // SWC emits the decorator metadata that Nest and code-first GraphQL read.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  oxc: false,
  // graphql ships CommonJS (what Node and Nest load) and an .mjs copy (what Vite would pick).
  // Two copies make two realms whose types cannot mix; load the one Node loads.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    name: 'server',
    root: import.meta.dirname,
    include: selfCheck ? ['test/self-check/*.fixture.ts'] : ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
