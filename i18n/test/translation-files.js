// What the locale and document tests both check of a folder of translation files
// (<folder>/<language>/<name>.json), and how they read one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Flattens a nested translation object into [dotted key, value] pairs. */
export function flatten(tree, prefix = '') {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** One folder per language, one file per name in each, and nothing else. */
export function expectFolderPerLanguage(dir, languages, names) {
  expect(readdirSync(dir).sort()).toEqual([...languages].sort());
  for (const language of languages) {
    expect(readdirSync(join(dir, language)).sort()).toEqual(names.map((name) => `${name}.json`).sort());
  }
}

/** The package exports (`exported[language][name]`) exactly what the files hold. */
export function expectExportedAsOnDisk(dir, languages, names, exported) {
  for (const language of languages) {
    for (const name of names) {
      const onDisk = JSON.parse(readFileSync(join(dir, language, `${name}.json`), 'utf8'));
      expect(exported[language][name]).toEqual(onDisk);
    }
  }
}
