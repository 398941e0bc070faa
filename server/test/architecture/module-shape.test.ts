import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the server's scripts, without types
import { allRepositorySql, queriesFolder, serverRoot } from '../../scripts/repository-sql.mjs';

// The shape every module keeps (docs/adding-a-module.md): SQL lives in repositories only, and the
// repositories' SQL is snapshotted under server/queries so that a changed query shows in review.

const sourceRoot = join(serverRoot as string, 'src');

function files(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files(path, found);
    else if (entry.name.endsWith('.ts')) found.push(path);
  }
  return found;
}

const sqlUse = [
  /\.query\s*[<(]/,
  /createQueryBuilder\s*\(/,
  /getRepository\s*\(/,
  /\.manager\b/,
  /['"`]\s*(SELECT|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM|WITH\s+\w+\s+AS)\b/,
];

/**
 * Where SQL may be run outside a repository, and why: the owner connection's work (migrations,
 * provisioning, seeding the demo, sealing and verifying the audit chain) and the database layer itself.
 */
const ownerConnectionPaths = [
  'core/database/',
  'core/audit/audit-sealer.ts',
  'core/audit/audit-verify.ts',
  'core/tenancy/request-context.ts',
  'modules/demo/',
  'cli/',
];

/** Files that still run SQL outside a repository: none, and a new one fails this test. */
const pending: string[] = [];

function mayRunSql(path: string): boolean {
  const name = relative(sourceRoot, path);
  if (name.endsWith('.repository.ts')) return true;
  if (ownerConnectionPaths.some((prefix) => name.startsWith(prefix))) return true;
  // In core, services, resolvers and controllers run no SQL; other core parts are infrastructure.
  if (name.startsWith('core/')) return !/\.(service|resolver|controller)\.ts$/.test(name);
  return false;
}

describe('module shape', () => {
  it('runs SQL only in repositories (and in the owner connection paths named here)', () => {
    const offenders = files(sourceRoot)
      .filter((path) => !mayRunSql(path))
      .filter((path) => sqlUse.some((pattern) => pattern.test(readFileSync(path, 'utf8'))))
      .map((path) => relative(sourceRoot, path))
      .sort();
    expect(offenders).toEqual([...pending].sort());
  });

  it('keeps the snapshot of every repository’s SQL current (npm run sql:snapshot -w server)', () => {
    const expected = allRepositorySql() as Map<string, string>;
    const committed = new Map<string, string>();
    let names: string[] = [];
    try {
      names = readdirSync(queriesFolder as string).filter((name) => name.endsWith('.sql'));
    } catch {
      names = [];
    }
    for (const name of names) committed.set(name, readFileSync(join(queriesFolder as string, name), 'utf8'));
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(committed.get(name), name).toBe(text);
  });
});
