// Compiles src/ to dist/ with SWC: one file in, one file out, decorator metadata kept.
// Type checking is `npm run typecheck`, which `npm test` runs; this step only transpiles, in about a second.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const out = join(root, 'dist');

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
let count = 0;
const jobs = [];
for await (const file of sources(src)) {
  const target = join(out, relative(src, file)).replace(/\.ts$/, '.js');
  jobs.push(
    transformFile(file, {
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2023',
        keepClassNames: true,
      },
      module: { type: 'es6' },
    }).then(async ({ code, map }) => {
      await mkdir(dirname(target), { recursive: true });
      const name = target.split('/').pop();
      await writeFile(target, `${code}\n//# sourceMappingURL=${name}.map\n`);
      if (map) await writeFile(`${target}.map`, map);
      count += 1;
    }),
  );
}
await Promise.all(jobs);
console.log(`server: compiled ${count} files to dist/ in ${Date.now() - started} ms`);
