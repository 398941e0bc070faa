import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/core/config/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const schemaFile = join(repositoryRoot, 'schema.graphql');
const header = '# Written by the server from its code-first types (`npm run schema`). Do not edit by hand.\n\n';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

it('schema.graphql at the repository root is the schema the server serves', async () => {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const printed = `${header}${printSchema(lexicographicSortSchema(schema))}\n`;
  if (process.env.CIRKEL_WRITE_SCHEMA === '1') {
    await writeFile(schemaFile, printed);
  }
  const committed = await readFile(schemaFile, 'utf8').catch(() => '');
  expect(committed, 'schema.graphql is stale: run `npm run schema` and commit the result').toBe(printed);
});
