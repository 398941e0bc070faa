import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedDir, renderGenerated } from '../scripts/write-index.js';

describe('generated/', () => {
  it('is what the folders say (run `npm run i18n:index -w i18n` if not)', () => {
    const expected = renderGenerated();
    expect(readdirSync(generatedDir).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) {
      expect(readFileSync(join(generatedDir, name), 'utf8'), `generated/${name} is stale`).toBe(text);
    }
  });

  describe('from other folders', () => {
    let root;
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    function folders(files) {
      root = mkdtempSync(join(tmpdir(), 'cirkel-i18n-'));
      for (const file of files) {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), '{"key": "text"}');
      }
    }

    it('picks up a new namespace in every language', () => {
      folders(['locales/en/common.json', 'locales/en/contacts.json', 'locales/sv/common.json', 'locales/sv/contacts.json', 'documents/en/consent-form.json']);
      const files = renderGenerated(root);
      expect(files['resources.js']).toContain("export const namespaces = ['common', 'contacts'];");
      expect(files['resources.d.ts']).toContain("export type Namespace = 'common' | 'contacts';");
      expect(files['sv.js']).toContain("import contacts from '../locales/sv/contacts.json' with { type: 'json' };");
      expect(files['documents.js']).toContain("en: { 'consent-form': enConsentForm }");
      // The browser's per-language chunks hold every namespace of their language.
      expect(files['loaders.js']).toContain("sv: () => import('./sv.js')");
    });

    it('refuses a language that lacks a namespace, naming the folder', () => {
      folders(['locales/en/common.json', 'locales/en/contacts.json', 'locales/sv/common.json', 'documents/en/consent-form.json']);
      expect(() => renderGenerated(root)).toThrow(/locales\/sv holds common but en holds common, contacts/);
    });
  });
});
