import { defineConfig } from 'vitest/config';

// `npm test` first runs a deliberately failing fixture through this same setup (its self-check,
// see scripts/test.mjs); the fixtures never match the suite's own glob.
const selfCheck = process.env.CIRKEL_TEST_SELF_CHECK === '1';

export default defineConfig({
  test: {
    name: 'i18n',
    root: import.meta.dirname,
    include: selfCheck ? ['test/self-check/*.fixture.js'] : ['test/**/*.test.js'],
    environment: 'node',
  },
});
