// The self-check of `npm test` (scripts/test.mjs): this passing test proves that the run went
// through the server project's global setup — the embedded PostgreSQL and the migrated template —
// while a deliberately failing i18n test ran beside it. Included only under CIRKEL_TEST_SELF_CHECK=1.
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { TEMPLATE_DATABASE } from '../support/global-setup.js';

it('reaches the PostgreSQL of the global setup, with the migrated template', async () => {
  const client = new pg.Client({ connectionString: inject('database').superuserUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datistemplate: boolean }>('SELECT datistemplate FROM pg_database WHERE datname = $1', [TEMPLATE_DATABASE]);
    expect(rows).toEqual([{ datistemplate: true }]);
  } finally {
    await client.end();
  }
});
