// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen';

const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const committedDir = join(clientDir, 'src', 'gql');
const scratch = mkdtempSync(join(tmpdir(), 'cirkel-codegen-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const readAll = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

describe('generated GraphQL types', () => {
  it('match ../schema.graphql and the operations in src/ (run `npm run codegen -w client` if not)', async () => {
    const [target, output] = Object.entries(codegenConfig.generates)[0]!;
    expect(target).toBe('./src/gql/');

    const freshDir = join(scratch, 'gql');
    await generate({ ...codegenConfig, cwd: clientDir, silent: true, generates: { [`${freshDir}/`]: output } }, true);

    const fresh = readAll(freshDir);
    const committed = readAll(committedDir);
    expect(Object.keys(committed)).toEqual(Object.keys(fresh));
    for (const [name, content] of Object.entries(fresh)) {
      expect(committed[name], `src/gql/${name} is stale`).toBe(content);
    }
  }, 60_000);
});
