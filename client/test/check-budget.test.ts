// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetBytes, checkBudget, firstPageModule, measureFirstPage } from '../scripts/check-budget.mjs';

// A built dist/ of the test's own: index.html's entry, the login page and the other pages, and
// one chunk of texts per language, with Vite's manifest saying who imports whom.
let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Random bytes do not compress: a file of n bytes is about n bytes gzip (a stand-in, not JavaScript). */
const incompressible = (bytes: number) => randomBytes(bytes);

function build(sizes: { entry: number; shared: number; login: number; otherPage: number; texts: Record<string, number> }) {
  dist = mkdtempSync(join(tmpdir(), 'cirkel-budget-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  const manifest: Record<string, object> = {
    'index.html': { file: 'assets/index-AAAAAAAA.js', isEntry: true, imports: ['_shared-BBBBBBBB.js'], dynamicImports: [firstPageModule, 'src/modules/cases/case-page.tsx'], css: ['assets/index-CCCCCCCC.css'] },
    '_shared-BBBBBBBB.js': { file: 'assets/shared-BBBBBBBB.js', name: 'shared' },
    [firstPageModule]: { file: 'assets/login-page-DDDDDDDD.js', isDynamicEntry: true, imports: ['_shared-BBBBBBBB.js', 'index.html'] },
    'src/modules/cases/case-page.tsx': { file: 'assets/case-page-EEEEEEEE.js', isDynamicEntry: true, imports: ['_shared-BBBBBBBB.js'] },
  };
  const write = (file: string, bytes: number) => writeFileSync(join(dist, file), incompressible(bytes));
  write('assets/index-AAAAAAAA.js', sizes.entry);
  write('assets/shared-BBBBBBBB.js', sizes.shared);
  write('assets/login-page-DDDDDDDD.js', sizes.login);
  write('assets/case-page-EEEEEEEE.js', sizes.otherPage);
  write('assets/index-CCCCCCCC.css', 300_000);
  for (const [language, bytes] of Object.entries(sizes.texts)) {
    manifest[`_${language}-FFFFFFF${language.length}.js`] = { file: `assets/${language}-FFFFFFFF.js`, name: language };
    write(`assets/${language}-FFFFFFFF.js`, bytes);
  }
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
}

const texts = { sv: 10_000, en: 9_000, bs: 10_000, ar: 15_000 };
const silent = () => undefined;

describe('the first page budget (scripts/check-budget.mjs, run by `npm run build -w client`)', () => {
  it('counts the entry, its static imports, the login page and the largest language once each; not other pages nor CSS', () => {
    build({ entry: 40_000, shared: 60_000, login: 5_000, otherPage: 400_000, texts });
    const { files, total } = measureFirstPage(dist);
    expect(files.map((file) => file.file).sort()).toEqual(['assets/ar-FFFFFFFF.js', 'assets/index-AAAAAAAA.js', 'assets/login-page-DDDDDDDD.js', 'assets/shared-BBBBBBBB.js']);
    expect(total).toBeGreaterThan(40_000 + 60_000 + 5_000 + 15_000);
    expect(total).toBeLessThan((40_000 + 60_000 + 5_000 + 15_000) * 1.01 + 1_000);
    expect(checkBudget(dist, budgetBytes, silent)).toBe(true);
  });

  it('fails when the JavaScript before the login form grows past the budget', () => {
    build({ entry: 40_000, shared: 60_000, login: budgetBytes - 100_000, otherPage: 1_000, texts });
    const lines: string[] = [];
    expect(checkBudget(dist, budgetBytes, (line: string) => lines.push(line))).toBe(false);
    expect(lines.at(-1)).toMatch(/^OVER budget/);
  });

  it('fails for one large language too', () => {
    build({ entry: 40_000, shared: 60_000, login: 5_000, otherPage: 1_000, texts: { ...texts, bs: budgetBytes } });
    expect(checkBudget(dist, budgetBytes, silent)).toBe(false);
  });

  it('refuses a build it cannot read rather than passing it', () => {
    build({ entry: 1_000, shared: 1_000, login: 1_000, otherPage: 1_000, texts: { sv: 1_000, en: 1_000, bs: 1_000 } });
    expect(() => measureFirstPage(dist)).toThrow(/ar's texts/);
  });
});
