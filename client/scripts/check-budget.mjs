// `node scripts/check-budget.mjs [dist]` (run by `npm run build -w client` after vite build): fails
// when the JavaScript the login page needs before its form shows grows past the budget (issue 11,
// point 7: a partner office's 1.6 Mbit/s connection; its goal is 200 KB gzip). Which files that is comes from Vite's
// manifest, not from the folder: the entry chunk of index.html with every chunk it imports
// statically (what index.html modulepreloads), the login page's chunk with its own static
// imports (the router loads it lazily, but the form is in it), and the texts of one language (the
// largest, as someone may be shown it first). A chunk counts once however many import it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Issue 11's goal for the login page. */
export const goalBytes = 200 * 1024;
/**
 * What the build enforces: the goal itself, met on 1 December 2026 (182 KB with Arabic's texts,
 * down from 232.5 KB) by leaving Apollo Client (51.5 KB) out of the first page: the login form and
 * the session check go over a plain fetch (src/core/auth/session-requests.ts) and Apollo's chunk
 * loads right after the first render, for the signed-in pages (src/app/apollo-boundary.tsx).
 * What the first page still carries: React, react-dom and the router 95 KB, one language's texts
 * 22, i18next 18, the shell with Mantine's core about 28, GraphQL's printer 4.5.
 */
export const budgetBytes = goalBytes;
/** The module of the first page, as the manifest names it. */
export const firstPageModule = 'src/modules/auth/login-page.tsx';
/** The interface languages: each one's texts are a chunk named after it (@cirkel/i18n/generated/<language>.js). */
export const textChunks = ['sv', 'en', 'bs', 'ar'];

/** The manifest key of a chunk and every chunk it imports statically, transitively. */
function closure(manifest, key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no ${key}`);
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

/** The files the login page needs, each with its gzip size (level 9, as the build precompresses), and their total. */
export function measureFirstPage(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
  if (!entry) throw new Error('the manifest has no entry for index.html');
  if (!manifest[firstPageModule]) throw new Error(`the manifest has no ${firstPageModule}: has the login page moved? Update firstPageModule`);

  const gzipOf = (key) => gzipSync(readFileSync(join(dist, manifest[key].file)), { level: 9 }).length;
  const needed = closure(manifest, firstPageModule, closure(manifest, entry));

  // The texts: one language, the one that costs most beyond what is already counted.
  let texts = new Set();
  let textBytes = -1;
  for (const language of textChunks) {
    const key = Object.keys(manifest).find((candidate) => manifest[candidate].name === language && manifest[candidate].file.endsWith('.js'));
    if (!key) throw new Error(`the manifest has no chunk of ${language}'s texts (named ${language})`);
    const extra = [...closure(manifest, key)].filter((candidate) => !needed.has(candidate));
    const bytes = extra.reduce((total, candidate) => total + gzipOf(candidate), 0);
    if (bytes > textBytes) [texts, textBytes] = [new Set(extra), bytes];
  }

  const files = [...needed, ...texts]
    .filter((key) => manifest[key].file.endsWith('.js'))
    .map((key) => ({ file: manifest[key].file, gzip: gzipOf(key) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the files and returns whether they fit the budget. */
export function checkBudget(dist, limit = budgetBytes, log = console.log) {
  const { files, total } = measureFirstPage(dist);
  for (const file of files) log(`  ${kb(file.gzip).padStart(9)}  ${file.file}`);
  const fits = total <= limit;
  log(`${fits ? 'within' : 'OVER'} budget: the login page needs ${files.length} JavaScript files, ${kb(total)} gzip (budget ${kb(limit)}; goal ${kb(goalBytes)})`);
  return fits;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  if (!checkBudget(dist)) process.exit(1);
}
