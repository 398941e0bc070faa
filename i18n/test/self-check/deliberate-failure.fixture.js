// The self-check of `npm test` (scripts/test.mjs) runs this beside the server project and its
// PostgreSQL, and fails `npm test` unless the run is judged a failure because of exactly this test.
// Not part of the suite: the i18n project includes it only under CIRKEL_TEST_SELF_CHECK=1.
import { expect, it } from 'vitest';
import { languages } from '../../index.js';

it('fails on purpose, so that the self-check sees a failing run', () => {
  expect(languages.length).toBeGreaterThan(0);
  expect(1).toBe(2);
});
