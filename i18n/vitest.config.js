import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'i18n', root: import.meta.dirname, include: ['test/**/*.test.js'], environment: 'node' },
});
